import type { ContentStrings } from '../en';

/**
 * German exercise and tip text, keyed by the catalogue's ids
 * (shared/content/). Every list has the same items in the same order as the
 * English one; the terms follow the glossary in ./core.ts.
 */
export const content: ContentStrings = {
  exercises: {
    'seated-cat-cow': {
      name: 'Katze-Kuh im Sitzen',
      why: 'Lockert einen Rücken, der zu lange in derselben Haltung verharrt hat',
      steps: [
        'Setz dich auf die vordere Stuhlkante, die Füße flach am Boden, die Hände auf den Knien.',
        'Einatmen: Kipp das Becken nach vorn, heb die Brust und schau leicht nach oben.',
        'Ausatmen: Mach den Rücken rund, zieh das Kinn ein und den Bauch nach innen.',
        'Wechsle langsam und im Atemrhythmus zwischen den beiden Positionen.',
      ],
      cues: ['Lass die Bewegung im Becken beginnen.', 'Lass die Schultern locker und weg von den Ohren.'],
      avoid: ['Eine der beiden Endpositionen erzwingen.', 'Weitermachen, wenn Schmerzen ins Bein ausstrahlen.'],
    },
    'standing-back-extension': {
      name: 'Rückbeuge im Stehen',
      why: 'Gleicht die Vorbeuge beim Sitzen aus, indem du dich sanft in die Gegenrichtung beugst',
      steps: [
        'Stell dich aufrecht und nah an deinen Schreibtisch, die Füße hüftbreit.',
        'Leg die Handflächen auf den unteren Rücken, die Finger zeigen nach unten.',
        'Beug dich aus der Taille sanft nach hinten, der Blick bleibt am Horizont.',
        'Halte kurz inne und richte dich dann wieder auf.',
      ],
      cues: ['Lass die Knie locker.', 'Beug dich nur so weit, wie es angenehm ist.'],
      avoid: [
        'Den Kopf in den Nacken werfen.',
        'Schmerzen, die ins Bein ausstrahlen: Hör auf und stell dich wieder normal hin.',
      ],
    },
    'chin-tucks': {
      name: 'Kinn einziehen',
      why: 'Bringt einen nach vorn geschobenen Kopf wieder über die Schultern',
      steps: [
        'Setz dich aufrecht hin, den Rücken an der Stuhllehne.',
        'Schieb dein Kinn gerade nach hinten, als wolltest du ein Doppelkinn machen.',
        'Halte die Position, solange du eine leichte Dehnung am Hinterkopfansatz spürst.',
        'Lös die Spannung langsam und wiederhole.',
      ],
      cues: ['Halte den Blick gerade.', 'Gleite gerade nach hinten, statt nach unten zu nicken.'],
      avoid: ['Weitermachen trotz Schmerzen, Schwindel oder Kribbeln in den Armen.'],
    },
    'shoulder-blade-squeeze': {
      name: 'Schulterblätter zusammenziehen',
      why: 'Weckt die Muskeln im oberen Rücken, die die Schultern zurückhalten',
      steps: [
        'Sitz oder steh aufrecht, die Arme hängen locker an den Seiten.',
        'Zieh die Schulterblätter nach hinten und leicht nach unten, aufeinander zu.',
        'Halte die Spannung und atme dabei normal weiter.',
        'Lass langsam los und wiederhole.',
      ],
      cues: [
        'Die Schultern bleiben unten, weg von den Ohren.',
        'Stell dir vor, du steckst die Schulterblätter in deine Gesäßtaschen.',
      ],
      avoid: ['Ins Hohlkreuz gehen, um die Spannung zu verstärken.'],
    },
    'seated-figure-four': {
      name: 'Figur-4-Dehnung im Sitzen',
      why: 'Löst die tiefen Hüftmuskeln, die sich bei langem Sitzen verspannen',
      steps: [
        'Setz dich auf die vordere Stuhlkante, beide Füße flach am Boden.',
        'Leg den rechten Knöchel auf das linke Knie und lass das rechte Knie nach außen sinken.',
        'Sitz aufrecht; für mehr Dehnung neig dich mit langem Rücken aus der Hüfte etwas nach vorn.',
        'Halte die Position, atme ruhig und wechsle dann das Bein.',
      ],
      cues: [
        'Zieh die Fußspitze des aufgelegten Beins an, um das Knie zu schützen.',
        'Du solltest die Dehnung im Gesäß spüren, nicht im Knie.',
      ],
      avoid: ['Auf das angehobene Knie drücken.', 'Den Rücken rund machen, um weiter zu kommen.'],
    },
    'seated-knee-hug': {
      name: 'Knie heranziehen im Sitzen',
      why: 'Dehnt den unteren Rücken sanft, ohne dass du dich auf den Boden legen musst',
      steps: [
        'Setz dich aufrecht auf einen stabilen Stuhl, möglichst ohne Rollen, die Füße flach am Boden.',
        'Heb ein Knie an und umfasse mit beiden Händen die Rückseite dieses Oberschenkels.',
        'Zieh das Knie behutsam zu dir heran, bis du eine leichte Dehnung im unteren Rücken spürst.',
        'Halte, stell den Fuß wieder ab und wechsle das Bein.',
      ],
      cues: ['Greif hinter den Oberschenkel statt über das Schienbein.', 'Lass die Schultern entspannt.'],
      avoid: ['Das Knie ruckartig heranziehen.', 'Die Übung auf einem Stuhl machen, der wegrollt oder kippt.'],
    },
    'seated-side-bend': {
      name: 'Seitneigung im Sitzen',
      why: 'Öffnet die Seiten des Rumpfes, die beim stillen Sitzen steif werden',
      steps: [
        'Sitz aufrecht, beide Füße flach am Boden, das Gewicht gleichmäßig auf beiden Sitzhöckern.',
        'Lass die rechte Hand neben dem Stuhl Richtung Boden gleiten.',
        'Leg die linke Hand auf den Oberschenkel und neig dich sanft nach rechts.',
        'Halte, richte dich wieder auf und wiederhole zur anderen Seite.',
      ],
      cues: [
        'Neig dich genau zur Seite, als wärst du zwischen zwei Glasscheiben.',
        'Beide Gesäßhälften bleiben auf der Sitzfläche.',
      ],
      avoid: ['Beim Neigen den Oberkörper drehen oder nach vorn beugen.'],
    },
    'seated-twist': {
      name: 'Sanfte Drehung im Sitzen',
      why: 'Macht einen steifen mittleren Rücken wieder leicht drehbar',
      steps: [
        'Sitz aufrecht, die Füße flach am Boden, die Knie zeigen nach vorn.',
        'Leg die rechte Hand auf das linke Knie und die linke Hand hinter dir auf die Sitzfläche.',
        'Richte dich beim Einatmen auf und dreh beim Ausatmen den Brustkorb langsam nach links.',
        'Halte, komm zur Mitte zurück und dreh dich zur anderen Seite.',
      ],
      cues: ['Dreh dich aus dem Brustkorb, ohne mit den Armen zu ziehen.', 'Lass den Kopf als Letztes folgen.'],
      avoid: ['Mit Gewalt in die Enddrehung gehen.', 'Im zusammengesunkenen Sitz drehen.'],
    },
    'breathing-reset': {
      name: 'Atempause',
      why: 'Langsames Atmen löst die Muskelspannung, die Stress aufbaut',
      steps: [
        'Lehn dich im Stuhl zurück und leg eine Hand auf den Bauch.',
        'Atme langsam durch die Nase ein und lass den Bauch sich unter deiner Hand heben.',
        'Atme durch entspannte Lippen aus, etwas länger, als du eingeatmet hast.',
        'Lass Schultern und Kiefer mit jedem Ausatmen noch etwas lockerer werden.',
      ],
      cues: [
        'Jede Wiederholung ist ein langsamer Atemzug.',
        'Der Brustkorb bleibt recht ruhig, der Bauch bewegt sich.',
      ],
      avoid: ['Tiefe Atemzüge erzwingen: Hör auf, wenn dir schwindelig wird.'],
    },
    'standing-hamstring-stretch': {
      name: 'Dehnung der hinteren Oberschenkel im Stehen',
      why: 'Dehnt verkürzte hintere Oberschenkelmuskeln, die an Becken und unterem Rücken ziehen',
      steps: [
        'Stell dich neben deinen Schreibtisch und halte dich mit einer Hand daran fest.',
        'Setz die rechte Ferse einen kleinen Schritt vor, die Zehen nach oben, das Knie gestreckt, aber nicht durchgedrückt.',
        'Beug das linke Knie leicht und kipp mit langem Rücken aus der Hüfte nach vorn.',
        'Halte, sobald du hinten am rechten Oberschenkel eine Dehnung spürst, und wechsle dann das Bein.',
      ],
      cues: [
        'Schieb die Hüfte nach hinten, als wolltest du mit dem Po eine Schublade schließen.',
        'Halte die Brust offen.',
      ],
      avoid: [
        'Den Rücken rund machen, um tiefer zu kommen.',
        'Kribbeln oder Schmerzen, die ins Bein ziehen: Nimm die Dehnung zurück.',
      ],
    },
    'hip-flexor-lunge': {
      name: 'Hüftbeuger-Dehnung im Ausfallschritt',
      why: 'Dehnt die Vorderseite der Hüfte, die sich beim Sitzen den ganzen Tag über verkürzt',
      steps: [
        'Stell dich seitlich neben deinen Schreibtisch und halte dich mit einer Hand daran fest.',
        'Mach mit dem rechten Fuß einen kurzen Schritt zurück in eine Schrittstellung, die Ferse angehoben.',
        'Zieh das Steißbein sanft nach unten ein und beug beide Knie ein wenig.',
        'Halte, sobald du vorn an der rechten Hüfte eine Dehnung spürst, und wechsle dann die Seite.',
      ],
      cues: ['Das vordere Knie bleibt über dem Sprunggelenk.', 'Bleib aufrecht, statt dich nach vorn zu lehnen.'],
      avoid: ['Ins Hohlkreuz gehen, um die Dehnung zu verstärken.'],
    },
    'wall-angels': {
      name: 'Wandengel',
      why: 'Wirkt runden Schultern entgegen und öffnet den oberen Rücken',
      steps: [
        'Stell dich mit dem Rücken an eine Wand, die Füße einen kleinen Schritt davor.',
        'Lehn Kopf, oberen Rücken und Gesäß an die Wand.',
        'Heb die Arme in U-Haltung, die Handrücken zur Wand.',
        'Schieb die Arme langsam so weit nach oben, wie es angenehm ist, und dann wieder nach unten.',
      ],
      cues: ['Es ist in Ordnung, wenn deine Hände die Wand nicht berühren.', 'Halte die Rippen unten.'],
      avoid: ['Einklemmen oder Schmerzen in der Schulter.', 'Ein Hohlkreuz, das sich von der Wand wegwölbt.'],
    },
    'calf-raises': {
      name: 'Wadenheben',
      why: 'Bringt die Durchblutung in Beinen in Gang, die lange reglos unter dem Schreibtisch waren',
      steps: [
        'Stell dich aufrecht hin, die Füße hüftbreit, die Fingerspitzen auf dem Schreibtisch.',
        'Geh langsam auf die Fußballen hoch.',
        'Halte oben kurz inne und senk dann die Fersen kontrolliert ab.',
      ],
      cues: ['Das Gewicht liegt über den großen Zehen.', 'Geh im gleichen ruhigen Tempo hoch und runter.'],
      avoid: ['Die Stütze loslassen, wenn du dich unsicher fühlst.'],
    },
    'doorway-chest-stretch': {
      name: 'Brustdehnung im Türrahmen',
      why: 'Öffnet die Brust, die nach Stunden an der Tastatur nach vorn zusammensinkt',
      steps: [
        'Stell dich in einen Türrahmen und leg die Unterarme an den Rahmen, die Ellbogen auf Schulterhöhe.',
        'Mach mit einem Fuß einen Schritt nach vorn durch die Tür.',
        'Verlagere dein Gewicht langsam nach vorn, bis du eine Dehnung quer über der Brust spürst.',
        'Halte, atme ruhig weiter und tritt dann zurück.',
      ],
      cues: ['Halte das Kinn gerade und den Nacken locker.', 'Eine leichte Vorlage genügt.'],
      avoid: ['Kribbeln in den Händen oder Schmerzen vorn an der Schulter.'],
    },
    'knee-to-chest': {
      name: 'Knie zur Brust',
      why: 'Löst Verspannungen im unteren Rücken',
      steps: [
        'Leg dich auf den Rücken, beide Knie gebeugt, die Füße flach am Boden.',
        'Zieh ein Knie heran und halte es mit beiden Händen hinter dem Oberschenkel.',
        'Zieh es sanft näher, bis du eine Dehnung quer über den unteren Rücken spürst.',
        'Halte, leg das Bein langsam ab und mach die andere Seite.',
      ],
      cues: ['Der andere Fuß bleibt am Boden.', 'Atme beim Halten langsam weiter.'],
      avoid: ['Kräftig am Knie ziehen.', 'Den Kopf vom Boden abheben.'],
    },
    'childs-pose': {
      name: 'Stellung des Kindes',
      why: 'Lässt den ganzen Rücken lang werden und zur Ruhe kommen',
      steps: [
        'Knie dich auf eine Matte und senk das Gesäß zurück Richtung Fersen.',
        'Lass die Hände vor dir über den Boden nach vorn wandern.',
        'Lass die Brust auf die Oberschenkel sinken und leg die Stirn ab.',
        'Bleib so und atme langsam in deinen Rücken.',
      ],
      cues: [
        'Ein Kissen unter Gesäß oder Stirn macht die Übung sanfter.',
        'Für mehr Komfort dürfen die Knie weiter auseinander.',
      ],
      avoid: ['Schmerzen in den Knien.', 'Das Gesäß mit Gewalt auf die Fersen drücken.'],
    },
    'cat-cow': {
      name: 'Katze-Kuh',
      why: 'Bewegt die ganze Wirbelsäule sanft durch ihren Bewegungsumfang',
      steps: [
        'Geh in den Vierfüßlerstand, die Hände unter den Schultern, die Knie unter den Hüften.',
        'Einatmen: Lass den Bauch sinken, heb die Brust und schau nach vorn.',
        'Ausatmen: Drück dich vom Boden weg, mach den Rücken rund und lass den Kopf hängen.',
        'Wechsle langsam und fließend zwischen beiden.',
      ],
      cues: ['Beweg den Rücken Abschnitt für Abschnitt.', 'Ein gefaltetes Handtuch unter den Knien hilft.'],
      avoid: ['Das Hohlkreuz oder den runden Rücken erzwingen.'],
    },
    plank: {
      name: 'Unterarmstütz',
      why: 'Baut Ausdauer in den tiefen Muskeln auf, die die Wirbelsäule stützen',
      steps: [
        'Leg dich auf den Bauch und stütz dich dann auf die Unterarme, die Ellbogen unter den Schultern.',
        'Spann den Bauch an und heb dich auf die Zehenspitzen.',
        'Halte Kopf bis Fersen in einer geraden Linie und atme gleichmäßig.',
        'Leg zum Schluss die Knie auf dem Boden ab.',
      ],
      cues: [
        'Beginn auf den Knien, wenn die volle Version zu viel ist.',
        'Steigere die Zeit langsam von Woche zu Woche.',
      ],
      avoid: ['Die Hüfte zum Boden durchhängen lassen.', 'Die Luft anhalten.'],
    },
    'bird-dog': {
      name: 'Diagonales Strecken im Vierfüßlerstand',
      why: 'Trainiert Rücken und Bauch darin, die Wirbelsäule stabil zu halten',
      steps: [
        'Beginn im Vierfüßlerstand mit geradem Rücken.',
        'Streck den rechten Arm nach vorn und das linke Bein nach hinten.',
        'Halte, die Hüfte bleibt waagerecht und der Bauch leicht angespannt.',
        'Komm langsam zurück und wechsle zum anderen Arm und Bein.',
      ],
      cues: ['Stell dir vor, auf deinem unteren Rücken balanciert eine Tasse Tee.', 'Streck dich lang statt hoch.'],
      avoid: ['Das Bein höher als die Hüfte heben.', 'Den Rücken durchhängen lassen.'],
    },
    superman: {
      name: 'Superman',
      why: 'Kräftigt die Muskeln entlang der Wirbelsäule',
      steps: [
        'Leg dich auf den Bauch, die Arme über den Kopf hinaus nach vorn gestreckt.',
        'Heb Arme, Brust und Beine gleichzeitig ein kleines Stück vom Boden ab.',
        'Halte kurz, der Blick bleibt auf den Boden gerichtet.',
        'Senk dich langsam ab und ruh dich vor der nächsten Wiederholung aus.',
      ],
      cues: ['Ein paar Zentimeter reichen völlig.', 'Halte den Nacken lang.'],
      avoid: ['Ruckartiges Hochkommen oder ein Einklemmen im unteren Rücken.'],
    },
    walking: {
      name: 'Lockerer Spaziergang',
      why: 'Sanfte, gleichmäßige Bewegung, die den Rücken auf Dauer gesund hält',
      steps: [
        'Geh in einem Tempo, bei dem du dich noch unterhalten könntest.',
        'Richte dich auf und lass die Arme natürlich mitschwingen.',
        'Geh von Woche zu Woche etwas länger, wenn es dir leichter fällt.',
      ],
      cues: ['Anfangs bequeme Schuhe und ebene Wege.'],
      avoid: ['Trotz stechender Schmerzen weitergehen.'],
    },
  },
  tips: {
    'let-the-chair-hold-you': {
      title: 'Lass dich vom Stuhl stützen',
      body:
        'Rutsch mit dem Becken ganz nach hinten, sodass dein Rücken an der Lehne anliegt, statt davor in der Luft zu schweben. ' +
        'Die leichte Einwärtswölbung deines unteren Rückens mag es, gestützt zu werden; bietet der Stuhl das nicht, hilft ein Lendenkissen oder ein zusammengerolltes Handtuch. ' +
        'Wenn du zusammensackst, überlässt du die Arbeit deinen Bändern, und die ermüden und schmerzen spätestens am Nachmittag.',
    },
    'move-between-positions': {
      title: 'Die beste Haltung ist die nächste',
      body:
        'Selbst eine gut gestützte Haltung macht steif, wenn du sie stundenlang beibehältst. ' +
        'Verlagere dein Gewicht, lös die überkreuzten Beine, steh für ein Telefonat auf und setz dich wieder hin. ' +
        'Die Erinnerungen dieser App sollen genau diese kleinen Wechsel anstoßen.',
    },
    'support-in-the-car': {
      title: 'Auch im Auto gut gestützt',
      body:
        'Lange Autofahrten belasten den Rücken ähnlich wie ein Bürostuhl. ' +
        'Stell den Sitz so nah heran, dass deine Knie gebeugt bleiben und dein Rücken an der Lehne anliegt, und nimm ein Lendenkissen dazu, wenn der Sitz keine eingebaute Stütze hat. ' +
        'Halte auf langen Fahrten ab und zu an, um auszusteigen und ein paar Schritte zu gehen.',
    },
    'desk-setup-checklist': {
      title: 'Richte deinen Schreibtisch in fünf Punkten ein',
      body:
        'Ein paar Minuten für die Einstellung deines Arbeitsplatzes zahlen sich an jedem Arbeitstag aus. ' +
        'Geh die Liste jetzt einmal durch und dann jedes Mal wieder, wenn du Schreibtisch oder Stuhl wechselst.',
      checklist: [
        'Stuhl: ein verstellbarer, so eingestellt, dass deine Hüften auf Kniehöhe oder etwas darüber sind.',
        'Lendenrolle: ein Kissen oder zusammengerolltes Handtuch, das die Lücke hinter deinem unteren Rücken füllt.',
        'Bildschirmhöhe: die Oberkante auf oder knapp unter Augenhöhe, etwa eine Armlänge entfernt.',
        'Füße: flach auf dem Boden oder auf einer Fußstütze, nie in der Luft baumelnd.',
        'Tastatur und Maus: so nah, dass deine Ellbogen nah am Körper ruhen und die Handgelenke gerade bleiben.',
      ],
    },
    'laptop-on-a-stand': {
      title: 'Stell den Laptop höher',
      body:
        'Wer den ganzen Tag am Laptop arbeitet, zieht den Kopf nach unten und vorn zum Bildschirm. ' +
        'Stell ihn auf einen Ständer oder einen Bücherstapel und nutze eine separate Tastatur und Maus, damit du auf den Bildschirm schaust, ohne den Nacken zu beugen.',
    },
    'stand-tall': {
      title: 'Aufrecht stehen, ohne steif zu werden',
      body:
        'Stell dir vor, ein Faden zieht deinen Scheitel zur Decke. ' +
        'Lass die Schultern nach hinten und unten sinken und zieh das Kinn leicht ein, sodass deine Ohren über den Schultern stehen. ' +
        'Lass die Knie locker und verteile dein Gewicht gleichmäßig auf beide Füße.',
    },
    'phone-at-eye-level': {
      title: 'Heb das Handy auf Augenhöhe',
      body:
        'Lange auf ein Handy hinunterzuschauen belastet Nacken und oberen Rücken ständig. ' +
        'Halte den Bildschirm höher, senk eher den Blick als den ganzen Kopf und gönn dir Pausen vom Scrollen.',
    },
    'lift-with-your-legs': {
      title: 'Heb mit den Beinen',
      body:
        'Stell dich nah an die Last, die Füße auseinander für einen stabilen Stand. ' +
        'Beug Hüften und Knie, um in die Hocke zu gehen, halte den Rücken lang und drück den Gegenstand an deinen Körper, während du dich mit der Kraft deiner Beine aufrichtest. ' +
        'Plötzliches Bücken beim Heben ist eine der häufigsten Ursachen für Zerrungen im Rücken.',
    },
    'turn-with-your-feet': {
      title: 'Dreh dich mit den Füßen, nicht mit dem Rücken',
      body:
        'Sich mit etwas Schwerem in den Händen zu verdrehen, belastet die Wirbelsäule stark. ' +
        'Dreh stattdessen mit kleinen Schritten den ganzen Körper und setz die Last genauso vorsichtig ab, wie du sie aufgehoben hast. ' +
        'Ist etwas zu schwer oder zu unhandlich, teil es auf oder bitte um Hilfe.',
    },
    'stress-tightens-muscles': {
      title: 'Stress zeigt sich in den Muskeln',
      body:
        'Sorgen und Druck lassen die Muskeln verspannen, und ein Rücken, der schon schmerzt, spürt es zuerst. ' +
        'Ein paar Minuten langsame Bauchatmung, Yoga, Meditation oder eine Massage können helfen, die Spannung zu lösen. ' +
        'Die Atempause unter den Übungen am Schreibtisch ist ein schneller Einstieg.',
    },
    'boundaries-and-sleep': {
      title: 'Schütze deine Abende und deinen Schlaf',
      body:
        'Klare Grenzen bei der Arbeitszeit, eine regelmäßige Schlafenszeit und Zeit für Hobbys verringern die Last, die Stress deinem Körper aufbürdet. ' +
        'Wenn Stress oder gedrückte Stimmung immer weiter zunehmen, ist ein Gespräch mit Fachleuten ein vernünftiger Schritt und kein Versagen.',
    },
    'small-losses-count': {
      title: 'Kleine Veränderungen zählen',
      body:
        'Bei Übergewicht nimmt schon ein wenig Abnehmen spürbar Last von der Wirbelsäule. ' +
        'Mahlzeiten aus unverarbeiteten Lebensmitteln und regelmäßige Bewegung, die dir Spaß macht, sind der beständige Weg dorthin. ' +
        'Bitte deine Ärztin oder deinen Arzt, dir beim Festlegen eines realistischen Ziels zu helfen.',
    },
    'heat-or-cold': {
      title: 'Kälte beruhigt, Wärme lockert',
      body:
        'Kälte hilft, wenn eine Stelle frisch entzündet ist: Sie lässt Schwellungen abklingen und dämpft den Schmerz. ' +
        'Wärme hilft steifen, verspannten Muskeln, indem sie die Durchblutung fördert und ihnen hilft, sich zu entspannen. ' +
        'Manche wechseln zwischen beidem; leg immer ein Tuch zwischen Haut und Kühl- oder Wärmepack und wende beides jeweils nur kurz an.',
    },
    'when-a-flare-up-hits': {
      title: 'Wenn ein Schmerzschub kommt',
      body:
        'Schlechte Tage kommen ab und zu vor, auch wenn du gut auf deinen Rücken achtest. ' +
        'Die meisten bessern sich mit einfachen Mitteln zu Hause. ' +
        'Wenn Schübe häufig kommen oder stark sind, sag deiner Physiotherapeutin oder deinem Physiotherapeuten Bescheid, denn dein Heimprogramm muss dann vielleicht angepasst werden.',
      checklist: [
        'Leg einen in ein Tuch gewickelten Eisbeutel auf die schmerzende Stelle.',
        'Nimm ein rezeptfreies Schmerzmittel, wenn es für dich geeignet ist, und halte dich an den Beipackzettel.',
        'Eine sanfte Massage kann die verspannten Muskeln lockern.',
        'Ruh dich kurz aus und kehr dann zu leichter Bewegung zurück, soweit der Schmerz es zulässt.',
        'Sag deiner Physiotherapeutin oder deinem Physiotherapeuten Bescheid, wenn Schübe häufig oder stark werden.',
      ],
    },
    'see-a-physical-therapist': {
      title: 'Wann Physiotherapie helfen kann',
      body:
        'Manche Rückenprobleme brauchen mehr als Selbsthilfe, und eine Physiotherapeutin oder ein Physiotherapeut kann ein Programm ganz auf dich abstimmen. ' +
        'Bitte deine Ärztin oder deinen Arzt um eine Verordnung, wenn einer dieser Punkte auf dich zutrifft.',
      checklist: [
        'Die Schmerzen halten schon länger als ein paar Wochen an und stören deinen Alltag.',
        'Du kannst dich nicht mehr so frei bewegen wie früher.',
        'Du erholst dich von einer Operation an der Wirbelsäule.',
        'Du bemerkst Taubheitsgefühle, Kribbeln oder Schwäche in den Beinen.',
        'Du hast Symptome eines verengten Wirbelkanals (Spinalkanalstenose).',
      ],
    },
    'talk-to-a-doctor': {
      title: 'Wann du ärztlichen Rat einholen solltest',
      body:
        'Wenn Rückenschmerzen nicht nachlassen, kann eine Ärztin oder ein Arzt die Möglichkeiten mit dir durchgehen, auch ob es sinnvoll ist, über eine Operation zu sprechen. ' +
        'Ein neuer Verlust der Blasen- oder Darmkontrolle oder eine Schwäche in Armen oder Beinen, die immer stärker wird, kann ein Notfall sein: Hol dir sofort ärztliche Hilfe.',
      checklist: [
        'Starke Schmerzen, die sich durch Medikamente, Therapie oder Injektionen nicht gebessert haben.',
        'Schwierigkeiten beim Gehen oder Stehen.',
        'Nervensymptome, die immer schlimmer werden, etwa Schwäche oder Verlust der Blasen- oder Darmkontrolle.',
        'Keine Besserung nach 6 bis 8 Wochen Behandlung ohne Operation.',
        'Eine Wirbelsäule, die sich nach einem Bruch oder einer Infektion instabil anfühlt.',
      ],
    },
  },
  tipCategories: {
    'sitting-and-lumbar-support': 'Sitzen und Lendenstütze',
    workstation: 'Dein Arbeitsplatz',
    'standing-posture': 'Aufrecht stehen',
    lifting: 'Richtig heben',
    'stress-and-breathing': 'Stress und Atmung',
    weight: 'Gewicht',
    'heat-and-cold': 'Wärme und Kälte',
    'flare-ups': 'Schmerzschübe',
    'when-to-see-a-professional': 'Wann du Fachleute aufsuchen solltest',
  },
  postureCues: [
    'Setz dich weit nach hinten, damit der Stuhl die Wölbung deines unteren Rückens stützt.',
    'Lehn deinen Rücken an die Stuhllehne, statt dich nach vorn zu beugen.',
    'Roll die Schultern nach hinten unten und zieh das Kinn leicht ein.',
    'Füße flach auf den Boden, Knie etwa auf Hüfthöhe.',
    'Bring den Bildschirm auf Augenhöhe, statt den Nacken nach unten zu beugen.',
    'Wechsle die Haltung: Verlagere dein Gewicht, lös die überkreuzten Beine, setz dich wieder aufrecht hin.',
    'Stell die Tastatur nah heran, damit deine Ellbogen nah am Körper ruhen.',
  ],
  microMoves: [
    'Roll die Schultern dreimal langsam nach hinten.',
    'Sitz aufrecht und drück deinen unteren Rücken fünf Atemzüge lang sanft gegen die Stuhllehne.',
    'Schieb das Kinn gerade nach hinten, halte drei Sekunden und lass los.',
    'Zieh die Schulterblätter fünf Sekunden lang zusammen.',
  ],
};
