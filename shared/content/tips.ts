import type { Tip } from './content-schema';

export type { Tip } from './content-schema';

/**
 * The tips library: sitting, the workstation, standing, lifting, stress,
 * weight, heat and cold, flare-ups, and when to get help. Each tip's source
 * is in docs/PROGRAM.md ("Sources of the content"); the words are ours. The
 * app informs and points to professionals; it never diagnoses.
 */
export const TIP_CATEGORIES = [
  'sitting-and-lumbar-support',
  'workstation',
  'standing-posture',
  'lifting',
  'stress-and-breathing',
  'weight',
  'heat-and-cold',
  'flare-ups',
  'when-to-see-a-professional',
] as const;
export type TipCategory = (typeof TIP_CATEGORIES)[number];

/** Headings for the categories, in display order. */
export const TIP_CATEGORY_TITLES: Record<TipCategory, string> = {
  'sitting-and-lumbar-support': 'Sitting and lumbar support',
  workstation: 'Your workstation',
  'standing-posture': 'Standing tall',
  lifting: 'Lifting',
  'stress-and-breathing': 'Stress and breathing',
  weight: 'Weight',
  'heat-and-cold': 'Heat and cold',
  'flare-ups': 'Flare-ups',
  'when-to-see-a-professional': 'When to see a professional',
};

export const TIPS: readonly Tip[] = [
  // ---- Sitting and lumbar support
  {
    id: 'let-the-chair-hold-you',
    category: 'sitting-and-lumbar-support',
    title: 'Let the chair hold your back',
    body:
      'Slide your hips all the way back so your back rests against the chair instead of hovering in front of it. ' +
      'The small inward curve of your lower back likes to be supported; a lumbar cushion or rolled towel does the job if the chair does not. ' +
      'Slumping hands that work to your ligaments, which tire and ache by the afternoon.',
  },
  {
    id: 'move-between-positions',
    category: 'sitting-and-lumbar-support',
    title: 'The best position is the next one',
    body:
      'Even a well-supported posture gets stiff if you hold it for hours. ' +
      'Shift your weight, uncross your legs, stand for a call and sit back down. ' +
      'The reminders in this app are there to prompt exactly these small changes.',
  },
  {
    id: 'support-in-the-car',
    category: 'sitting-and-lumbar-support',
    title: 'Support in the car, too',
    body:
      'Long drives load the back much like a desk chair does. ' +
      'Bring the seat close enough that your knees stay bent and your back stays on the backrest, and add a lumbar pad if the seat has no built-in support. ' +
      'On long trips, stop now and then to get out and walk around.',
  },

  // ---- Workstation
  {
    id: 'desk-setup-checklist',
    category: 'workstation',
    title: 'Set up your desk in five checks',
    body:
      'A few minutes spent adjusting your desk pays off every working day. ' +
      'Go through the list once now, and again whenever you change desks or chairs.',
    checklist: [
      'Chair: an adjustable one, set so your hips sit level with or slightly above your knees.',
      'Lumbar roll: a cushion or rolled towel filling the gap behind your lower back.',
      'Monitor height: the top of the screen at or just below eye level, about an arm away.',
      'Feet: flat on the floor or on a footrest, never dangling.',
      'Keyboard and mouse: close enough that your elbows rest near your sides, wrists straight.',
    ],
  },
  {
    id: 'laptop-on-a-stand',
    category: 'workstation',
    title: 'Lift the laptop',
    body:
      'Working on a laptop all day pulls your head down and forward toward the screen. ' +
      'Raise it on a stand or a stack of books and use a separate keyboard and mouse, so your eyes meet the screen without bending your neck.',
  },

  // ---- Standing posture
  {
    id: 'stand-tall',
    category: 'standing-posture',
    title: 'Stand tall without stiffening',
    body:
      'Imagine a string lifting the crown of your head toward the ceiling. ' +
      'Let your shoulders settle back and down, and draw your chin in a little so your ears line up over your shoulders. ' +
      'Keep your knees soft and your weight spread evenly over both feet.',
  },
  {
    id: 'phone-at-eye-level',
    category: 'standing-posture',
    title: 'Bring the phone up to your eyes',
    body:
      'Looking down at a phone for long spells puts a steady strain on the neck and upper back. ' +
      'Hold the screen higher and lower your eyes rather than your whole head, and take breaks from scrolling.',
  },

  // ---- Lifting
  {
    id: 'lift-with-your-legs',
    category: 'lifting',
    title: 'Lift with your legs',
    body:
      'Stand close to the load, with your feet apart for a stable base. ' +
      'Bend your hips and knees to squat down, keep your back long, and hug the object to your body as you stand up with your legs. ' +
      'Sudden bending while lifting is one of the most common ways backs get strained.',
  },
  {
    id: 'turn-with-your-feet',
    category: 'lifting',
    title: 'Turn with your feet, not your back',
    body:
      'Twisting while you hold something heavy is hard on the spine. ' +
      'Take small steps to turn your whole body instead, and put the load down the same careful way you picked it up. ' +
      'If something is too heavy or awkward, split it up or ask for help.',
  },

  // ---- Stress and breathing
  {
    id: 'stress-tightens-muscles',
    category: 'stress-and-breathing',
    title: 'Stress shows up in your muscles',
    body:
      'Worry and pressure make muscles tense up, and a back that is already sore feels it first. ' +
      'A few minutes of slow belly breathing, yoga, meditation or a massage can help the tension let go. ' +
      'The breathing reset among the desk exercises is a quick way to start.',
  },
  {
    id: 'boundaries-and-sleep',
    category: 'stress-and-breathing',
    title: 'Guard your evenings and your sleep',
    body:
      'Clear limits on working hours, a regular bedtime and time for hobbies all lower the load that stress puts on your body. ' +
      'If stress or low mood keeps building, talking to a professional is a sensible step, not a failure.',
  },

  // ---- Weight
  {
    id: 'small-losses-count',
    category: 'weight',
    title: 'Small changes count',
    body:
      'For people carrying extra weight, losing even a little takes real load off the spine. ' +
      'Meals built on whole foods and regular activity you enjoy are the steady way there. ' +
      'Ask your doctor to help you set a realistic target.',
  },

  // ---- Heat and cold
  {
    id: 'heat-or-cold',
    category: 'heat-and-cold',
    title: 'Cold to calm, heat to loosen',
    body:
      'Cold helps when an area is freshly inflamed: it brings swelling down and dulls the pain. ' +
      'Warmth helps stiff, tight muscles by boosting blood flow and helping them relax. ' +
      'Some people switch between the two; always keep a cloth between your skin and the pack, and use each for short spells.',
  },

  // ---- Flare-ups
  {
    id: 'when-a-flare-up-hits',
    category: 'flare-ups',
    title: 'When a flare-up hits',
    body:
      'Bad days happen now and then, even when you look after your back well. ' +
      'Most settle with simple care at home. ' +
      'If flare-ups come often or are severe, let your physical therapist know, as your home program may need changing.',
    checklist: [
      'Put an ice pack, wrapped in a cloth, on the sore area.',
      'Take an over-the-counter pain reliever if it suits you, following the label.',
      'A gentle massage can ease the tight muscles.',
      'Rest for a short while, then return to easy movement as the pain allows.',
      'Tell your physical therapist if flare-ups become frequent or severe.',
    ],
  },

  // ---- When to see a professional
  {
    id: 'see-a-physical-therapist',
    category: 'when-to-see-a-professional',
    title: 'When a physical therapist can help',
    body:
      'Some back problems need more than self-care, and a physical therapist can build a program around you. ' +
      'Ask your doctor for a referral if any of these apply to you.',
    checklist: [
      'Pain has gone on for more than a few weeks and gets in the way of everyday life.',
      'You cannot move as freely as you used to.',
      'You are recovering from an operation on your spine.',
      'You notice numbness, tingling or weakness in your legs.',
      'You have symptoms of a narrowed spinal canal (spinal stenosis).',
    ],
  },
  {
    id: 'talk-to-a-doctor',
    category: 'when-to-see-a-professional',
    title: 'When to talk to your doctor',
    body:
      'A doctor can review the options with you, including whether surgery is worth discussing, when back pain is not easing. ' +
      'New loss of bladder or bowel control, or weakness in the arms or legs that keeps getting worse, can be an emergency: get medical help straight away.',
    checklist: [
      'Severe pain that medication, therapy or injections have not improved.',
      'Difficulty walking or standing.',
      'Nerve symptoms that keep getting worse, such as weakness or loss of bladder or bowel control.',
      'No progress after 6 to 8 weeks of treatment without surgery.',
      'A spine that feels unstable after a fracture or an infection.',
    ],
  },
];

/** The tips of one category, in library order. */
export function tipsByCategory(category: TipCategory): Tip[] {
  return TIPS.filter((tip) => tip.category === category);
}
