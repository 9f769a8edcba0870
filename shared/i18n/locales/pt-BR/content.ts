import type { ContentStrings } from '../en';

/**
 * Brazilian Portuguese exercise and tip text, keyed by the catalogue's ids;
 * every list has the English list's items in the same order. Terms as in the
 * glossary of ./core.ts.
 */
export const content: ContentStrings = {
  exercises: {
    'seated-cat-cow': {
      name: 'Gato-vaca na cadeira',
      why: 'Solta as costas que ficaram tempo demais paradas na mesma posição',
      steps: [
        'Sente-se perto da borda da cadeira, com os pés apoiados no chão e as mãos sobre os joelhos.',
        'Ao inspirar: incline a pelve para a frente, eleve o peito e olhe um pouco para cima.',
        'Ao expirar: arredonde as costas, recolha o queixo e puxe a barriga para dentro.',
        'Continue alternando devagar entre as duas posições, no ritmo da respiração.',
      ],
      cues: ['Deixe o movimento começar pela pelve.', 'Mantenha os ombros soltos e longe das orelhas.'],
      avoid: ['Forçar o final de qualquer uma das posições.', 'Continuar se a dor se espalhar para uma perna.'],
    },
    'standing-back-extension': {
      name: 'Extensão da coluna em pé',
      why: 'Desfaz a flexão de ficar sentado, arqueando suavemente as costas para o outro lado',
      steps: [
        'Fique em pé com a coluna ereta e os pés afastados na largura do quadril, perto da mesa.',
        'Apoie as palmas das mãos na lombar, com os dedos apontando para baixo.',
        'Incline o tronco suavemente para trás a partir da cintura, mantendo o olhar no horizonte.',
        'Pare por um instante e volte à posição ereta.',
      ],
      cues: ['Mantenha os joelhos levemente flexionados.', 'Incline-se só até onde for confortável.'],
      avoid: ['Jogar a cabeça para trás.', 'Dor que desce para uma perna: pare e fique em pé normalmente.'],
    },
    'chin-tucks': {
      name: 'Retração do queixo',
      why: 'Traz de volta sobre os ombros a cabeça que tende a ir para a frente',
      steps: [
        'Sente-se com a coluna ereta e as costas apoiadas na cadeira.',
        'Leve o queixo reto para trás, como se formasse uma papada.',
        'Mantenha enquanto sente um alongamento leve na base do crânio.',
        'Solte devagar e repita.',
      ],
      cues: ['Mantenha o olhar na horizontal.', 'Deslize a cabeça reto para trás, em vez de abaixá-la.'],
      avoid: ['Forçar até sentir dor, tontura ou formigamento nos braços.'],
    },
    'shoulder-blade-squeeze': {
      name: 'Aproximação das escápulas',
      why: 'Ativa os músculos da parte alta das costas que mantêm os ombros para trás',
      steps: [
        'Sente-se ou fique em pé com a coluna ereta e os braços relaxados ao lado do corpo.',
        'Leve as escápulas para trás e um pouco para baixo, uma em direção à outra.',
        'Mantenha a contração respirando normalmente.',
        'Solte devagar e repita.',
      ],
      cues: ['Os ombros ficam baixos, longe das orelhas.', 'Imagine guardar as escápulas nos bolsos de trás da calça.'],
      avoid: ['Arquear a lombar para ajudar a apertar.'],
    },
    'seated-figure-four': {
      name: 'Alongamento em quatro na cadeira',
      why: 'Solta os músculos profundos do quadril, que ficam tensos depois de muitas horas na cadeira',
      steps: [
        'Sente-se perto da borda da cadeira, com os dois pés apoiados no chão.',
        'Apoie o tornozelo direito sobre o joelho esquerdo e deixe o joelho direito cair para fora.',
        'Mantenha a coluna ereta; para alongar mais, incline-se um pouco para a frente a partir do quadril, com as costas alongadas.',
        'Mantenha respirando devagar e depois troque de perna.',
      ],
      cues: ['Flexione o pé da perna cruzada para proteger o joelho.', 'Você deve sentir no glúteo, não no joelho.'],
      avoid: ['Empurrar para baixo o joelho levantado.', 'Arredondar as costas para ir mais longe.'],
    },
    'seated-knee-hug': {
      name: 'Joelho ao peito na cadeira',
      why: 'Alonga suavemente a lombar sem precisar deitar no chão',
      steps: [
        'Sente-se com a coluna ereta em uma cadeira firme, sem rodinhas se possível, com os pés apoiados.',
        'Levante um joelho e envolva a parte de trás dessa coxa com as mãos.',
        'Traga o joelho na sua direção até sentir um alongamento leve na lombar.',
        'Mantenha, abaixe o pé e troque de perna.',
      ],
      cues: ['Segure atrás da coxa, e não sobre a canela.', 'Deixe os ombros relaxados.'],
      avoid: ['Puxar o joelho de forma brusca.', 'Fazer em uma cadeira que rola ou pode tombar.'],
    },
    'seated-side-bend': {
      name: 'Inclinação lateral na cadeira',
      why: 'Abre as laterais do tronco, que ficam rígidas quando você não se mexe',
      steps: [
        'Sente-se com a coluna ereta, os dois pés apoiados e o peso distribuído igualmente sobre os dois ísquios.',
        'Deixe a mão direita deslizar em direção ao chão, ao lado da cadeira.',
        'Apoie a mão esquerda na coxa e incline-se suavemente para a direita.',
        'Mantenha, volte ao centro e repita para o outro lado.',
      ],
      cues: [
        'Incline-se reto para o lado, como se estivesse entre duas placas de vidro.',
        'Mantenha os dois glúteos apoiados no assento.',
      ],
      avoid: ['Girar ou inclinar-se para a frente durante a inclinação.'],
    },
    'seated-twist': {
      name: 'Torção suave na cadeira',
      why: 'Devolve a facilidade de girar à parte média das costas quando ela está rígida',
      steps: [
        'Sente-se com a coluna ereta, os pés apoiados e os joelhos apontando para a frente.',
        'Coloque a mão direita no joelho esquerdo e a mão esquerda no assento, atrás de você.',
        'Inspire para crescer para cima e, ao expirar, gire o peito devagar para a esquerda.',
        'Mantenha, volte ao centro e gire para o outro lado.',
      ],
      cues: ['Gire a partir das costelas, sem puxar com os braços.', 'Deixe a cabeça acompanhar por último.'],
      avoid: ['Forçar o final da torção.', 'Girar com as costas curvadas.'],
    },
    'breathing-reset': {
      name: 'Respiração pausada',
      why: 'Respirar devagar alivia a tensão muscular que o estresse acumula',
      steps: [
        'Encoste-se na cadeira e coloque uma mão sobre a barriga.',
        'Inspire devagar pelo nariz, deixando a barriga subir sob a sua mão.',
        'Solte o ar pelos lábios relaxados, por um pouco mais de tempo do que levou para inspirar.',
        'Deixe os ombros e a mandíbula relaxarem um pouco mais a cada expiração.',
      ],
      cues: ['Cada repetição é uma respiração lenta.', 'O peito quase não se mexe; quem se move é a barriga.'],
      avoid: ['Forçar respirações profundas: pare se sentir tontura.'],
    },
    'standing-hamstring-stretch': {
      name: 'Alongamento dos posteriores da coxa em pé',
      why: 'Alonga os posteriores da coxa encurtados, que puxam a pelve e a lombar',
      steps: [
        'Fique em pé ao lado da mesa, com uma mão apoiada nela para se equilibrar.',
        'Coloque o calcanhar direito um passo curto à frente, com os dedos para cima e o joelho esticado, mas sem travar.',
        'Dobre levemente o joelho esquerdo e incline o tronco para a frente a partir do quadril, com as costas alongadas.',
        'Mantenha quando sentir o alongamento atrás da coxa direita e depois troque de perna.',
      ],
      cues: ['Leve o quadril para trás, como se fechasse uma gaveta atrás de você.', 'Mantenha o peito aberto.'],
      avoid: [
        'Arredondar as costas para descer mais.',
        'Formigamento ou dor descendo pela perna: diminua a intensidade.',
      ],
    },
    'hip-flexor-lunge': {
      name: 'Afundo para flexores do quadril',
      why: 'Alonga a parte da frente do quadril, que encurta depois de um dia inteiro na cadeira',
      steps: [
        'Fique de lado para a mesa e segure nela com uma mão.',
        'Leve o pé direito para trás em uma passada curta, com o calcanhar levantado.',
        'Encaixe o quadril levando o cóccix suavemente para baixo e dobre um pouco os dois joelhos.',
        'Mantenha quando sentir o alongamento na frente do quadril direito e depois troque de lado.',
      ],
      cues: [
        'Mantenha o joelho da frente alinhado sobre o tornozelo.',
        'Mantenha o tronco ereto em vez de inclinar para a frente.',
      ],
      avoid: ['Arquear a lombar para aprofundar o alongamento.'],
    },
    'wall-angels': {
      name: 'Anjo na parede',
      why: 'Combate os ombros curvados para a frente e abre a parte alta das costas',
      steps: [
        'Fique de costas para uma parede, com os pés um passo curto à frente.',
        'Encoste a cabeça, a parte alta das costas e os glúteos na parede.',
        'Levante os braços com os cotovelos dobrados em ângulo reto e o dorso das mãos voltado para a parede.',
        'Deslize os braços devagar para cima até onde for confortável e depois desça.',
      ],
      cues: ['Tudo bem se as mãos não encostarem na parede.', 'Mantenha as costelas para baixo.'],
      avoid: ['Sensação de pinçamento ou dor no ombro.', 'Arquear o corpo e se afastar da parede.'],
    },
    'calf-raises': {
      name: 'Elevação de panturrilha',
      why: 'Ativa a circulação nas pernas que ficaram paradas embaixo da mesa',
      steps: [
        'Fique em pé com a coluna ereta, os pés afastados na largura do quadril e as pontas dos dedos apoiadas na mesa.',
        'Suba devagar, ficando na ponta dos pés.',
        'Faça uma pausa lá em cima e desça os calcanhares com controle.',
      ],
      cues: ['Mantenha o peso sobre os dedões.', 'Suba e desça no mesmo ritmo constante.'],
      avoid: ['Soltar o apoio se sentir instabilidade.'],
    },
    'doorway-chest-stretch': {
      name: 'Alongamento do peito no batente da porta',
      why: 'Abre o peito, que se fecha depois de horas no teclado',
      steps: [
        'Fique no vão de uma porta e apoie os antebraços no batente, com os cotovelos na altura dos ombros.',
        'Dê um passo à frente com um pé, passando pela porta.',
        'Leve o peso do corpo para a frente devagar até sentir um alongamento no peito.',
        'Mantenha, respirando de forma regular, e depois dê um passo para trás.',
      ],
      cues: ['Mantenha o queixo nivelado e o pescoço relaxado.', 'Uma leve inclinação já basta.'],
      avoid: ['Formigamento nas mãos ou dor na frente do ombro.'],
    },
    'knee-to-chest': {
      name: 'Joelho ao peito',
      why: 'Alivia a tensão na lombar',
      steps: [
        'Deite-se de barriga para cima, com os dois joelhos dobrados e os pés apoiados no chão.',
        'Traga um joelho para cima e segure-o por trás da coxa com as duas mãos.',
        'Puxe-o suavemente até sentir um alongamento na lombar.',
        'Mantenha, abaixe a perna devagar e faça do outro lado.',
      ],
      cues: ['Mantenha o outro pé no chão.', 'Respire devagar enquanto mantém a posição.'],
      avoid: ['Puxar o joelho com força.', 'Tirar a cabeça do chão.'],
    },
    'childs-pose': {
      name: 'Postura da criança',
      why: 'Deixa as costas inteiras se alongarem e descansarem',
      steps: [
        'Ajoelhe-se sobre um colchonete e leve o quadril para trás, em direção aos calcanhares.',
        'Vá deslizando as mãos pelo chão, à sua frente.',
        'Deixe o peito repousar sobre as coxas e apoie a testa no chão.',
        'Fique nessa posição e respire devagar, levando o ar para as costas.',
      ],
      cues: [
        'Uma almofada sob o quadril ou a testa deixa a postura mais suave.',
        'Os joelhos podem ficar mais afastados, se for mais confortável.',
      ],
      avoid: ['Dor nos joelhos.', 'Forçar o quadril até os calcanhares.'],
    },
    'cat-cow': {
      name: 'Gato-vaca',
      why: 'Movimenta suavemente toda a coluna em toda a sua amplitude',
      steps: [
        'Fique em quatro apoios, com as mãos embaixo dos ombros e os joelhos embaixo do quadril.',
        'Ao inspirar: deixe a barriga descer, eleve o peito e olhe para a frente.',
        'Ao expirar: empurre o chão, arredonde as costas e deixe a cabeça cair.',
        'Alterne devagar entre as duas posições, com fluidez.',
      ],
      cues: ['Movimente as costas por partes, uma de cada vez.', 'Uma toalha dobrada sob os joelhos ajuda.'],
      avoid: ['Forçar o arco ou o arredondamento das costas.'],
    },
    plank: {
      name: 'Prancha',
      why: 'Dá resistência aos músculos profundos que sustentam a coluna',
      steps: [
        'Deite-se de barriga para baixo e apoie-se nos antebraços, com os cotovelos embaixo dos ombros.',
        'Contraia o abdômen e suba na ponta dos pés.',
        'Mantenha uma linha reta da cabeça aos calcanhares e respire de forma regular.',
        'Para terminar, apoie os joelhos no chão.',
      ],
      cues: [
        'Comece com os joelhos apoiados se a versão completa for demais.',
        'Aumente o tempo aos poucos, semana a semana.',
      ],
      avoid: ['Deixar o quadril cair em direção ao chão.', 'Prender a respiração.'],
    },
    'bird-dog': {
      name: 'Perdigueiro',
      why: 'Treina as costas e o abdômen para manter a coluna estável',
      steps: [
        'Comece em quatro apoios, com as costas retas.',
        'Estenda o braço direito à frente e a perna esquerda para trás.',
        'Mantenha com o quadril nivelado e o abdômen levemente contraído.',
        'Volte devagar e troque para o outro braço e a outra perna.',
      ],
      cues: [
        'Imagine equilibrar uma xícara de chá sobre a lombar.',
        'Estique-se para a frente e para trás, não para cima.',
      ],
      avoid: ['Levantar a perna acima da altura do quadril.', 'Deixar as costas afundarem.'],
    },
    superman: {
      name: 'Super-Homem',
      why: 'Fortalece os músculos ao longo da parte de trás da coluna',
      steps: [
        'Deite-se de barriga para baixo, com os braços estendidos à frente da cabeça.',
        'Tire um pouco do chão, ao mesmo tempo, os braços, o peito e as pernas.',
        'Mantenha por um instante, com o olhar voltado para o chão.',
        'Desça devagar e descanse antes da próxima repetição.',
      ],
      cues: ['Poucos centímetros de elevação já bastam.', 'Mantenha a nuca alongada.'],
      avoid: ['Subir de forma brusca ou sentir uma pontada na lombar.'],
    },
    walking: {
      name: 'Caminhada leve',
      why: 'Movimento leve e constante que mantém as costas saudáveis ao longo do tempo',
      steps: [
        'Caminhe em um ritmo que ainda permita conversar.',
        'Mantenha a coluna ereta e deixe os braços balançarem naturalmente.',
        'Aumente um pouco o tempo de semana em semana, conforme ficar mais fácil.',
      ],
      cues: ['No começo, calçados confortáveis e percursos planos.'],
      avoid: ['Continuar apesar de uma dor aguda.'],
    },
  },
  tips: {
    'let-the-chair-hold-you': {
      title: 'Deixe a cadeira sustentar suas costas',
      body:
        'Leve o quadril até o fundo do assento para que as costas fiquem apoiadas no encosto, em vez de ficarem soltas à frente dele. ' +
        'A pequena curva para dentro da lombar gosta de ter apoio; se a cadeira não oferece isso, uma almofada lombar ou uma toalha enrolada resolvem. ' +
        'Quando você se curva, esse trabalho passa para os ligamentos, que se cansam e doem quando chega a tarde.',
    },
    'move-between-positions': {
      title: 'A melhor postura é a próxima',
      body:
        'Mesmo uma postura bem apoiada fica rígida se você a mantém por horas. ' +
        'Mude o peso de lado, descruze as pernas, fique em pé durante uma ligação e volte a se sentar. ' +
        'Os lembretes deste app existem justamente para incentivar essas pequenas mudanças.',
    },
    'support-in-the-car': {
      title: 'Apoio no carro também',
      body:
        'Viagens longas de carro sobrecarregam as costas de um jeito muito parecido com a cadeira do escritório. ' +
        'Aproxime o banco o suficiente para que os joelhos fiquem dobrados e as costas permaneçam no encosto, e use uma almofada lombar se o banco não tiver apoio embutido. ' +
        'Em viagens longas, pare de vez em quando para sair do carro e caminhar um pouco.',
    },
    'desk-setup-checklist': {
      title: 'Ajuste sua mesa em cinco itens',
      body:
        'Alguns minutos ajustando sua mesa valem a pena em todos os dias de trabalho. ' +
        'Percorra a lista uma vez agora e de novo sempre que trocar de mesa ou de cadeira.',
      checklist: [
        'Cadeira: regulável, ajustada para que o quadril fique na mesma altura dos joelhos ou um pouco acima.',
        'Apoio lombar: uma almofada ou toalha enrolada preenchendo o espaço atrás da lombar.',
        'Altura do monitor: a borda superior da tela na altura dos olhos ou logo abaixo, a cerca de um braço de distância.',
        'Pés: apoiados no chão ou em um apoio para os pés, nunca pendurados.',
        'Teclado e mouse: perto o bastante para que os cotovelos fiquem junto ao corpo, com os punhos retos.',
      ],
    },
    'laptop-on-a-stand': {
      title: 'Eleve o notebook',
      body:
        'Trabalhar o dia todo no notebook puxa a cabeça para baixo e para a frente, em direção à tela. ' +
        'Apoie-o em um suporte ou em uma pilha de livros e use teclado e mouse separados, para que seus olhos fiquem na altura da tela sem dobrar o pescoço.',
    },
    'stand-tall': {
      title: 'Postura alta, sem rigidez',
      body:
        'Imagine um fio puxando o topo da sua cabeça em direção ao teto. ' +
        'Deixe os ombros se acomodarem para trás e para baixo e recolha um pouco o queixo, para que as orelhas fiquem alinhadas sobre os ombros. ' +
        'Mantenha os joelhos destravados e o peso distribuído igualmente entre os dois pés.',
    },
    'phone-at-eye-level': {
      title: 'Traga o celular até a altura dos olhos',
      body:
        'Olhar para baixo, para o celular, por muito tempo gera uma tensão constante no pescoço e na parte alta das costas. ' +
        'Segure a tela mais alto, abaixe os olhos em vez da cabeça inteira e faça pausas na rolagem.',
    },
    'lift-with-your-legs': {
      title: 'Levante com as pernas',
      body:
        'Fique perto da carga, com os pés afastados para ter uma base estável. ' +
        'Dobre o quadril e os joelhos para se agachar, mantenha as costas alongadas e abrace o objeto junto ao corpo enquanto se levanta com a força das pernas. ' +
        'Curvar-se de repente ao levantar algo é uma das formas mais comuns de distender as costas.',
    },
    'turn-with-your-feet': {
      title: 'Vire com os pés, não com as costas',
      body:
        'Torcer o tronco enquanto segura algo pesado sobrecarrega a coluna. ' +
        'Em vez disso, dê passos curtos para virar o corpo inteiro e coloque a carga no chão com o mesmo cuidado com que a levantou. ' +
        'Se algo for pesado ou desajeitado demais, divida a carga ou peça ajuda.',
    },
    'stress-tightens-muscles': {
      title: 'O estresse aparece nos músculos',
      body:
        'Preocupação e pressão deixam os músculos tensos, e costas que já doem são as primeiras a sentir. ' +
        'Alguns minutos de respiração abdominal lenta, ioga, meditação ou uma massagem podem ajudar a soltar a tensão. ' +
        'A respiração pausada, entre os exercícios de mesa, é um jeito rápido de começar.',
    },
    'boundaries-and-sleep': {
      title: 'Proteja suas noites e seu sono',
      body:
        'Limites claros para o horário de trabalho, um horário regular para dormir e tempo para seus hobbies diminuem a carga que o estresse coloca sobre o seu corpo. ' +
        'Se o estresse ou o desânimo continuarem aumentando, conversar com um profissional é um passo sensato, não um fracasso.',
    },
    'small-losses-count': {
      title: 'Pequenas mudanças contam',
      body:
        'Para quem está acima do peso, perder mesmo um pouco tira uma carga real da coluna. ' +
        'Refeições à base de alimentos naturais, pouco processados, e uma atividade regular de que você goste são o caminho constante até lá. ' +
        'Peça ao seu médico ajuda para definir uma meta realista.',
    },
    'heat-or-cold': {
      title: 'Frio para acalmar, calor para soltar',
      body:
        'O frio ajuda quando uma área acabou de inflamar: reduz o inchaço e diminui a dor. ' +
        'O calor ajuda músculos rígidos e tensos, porque aumenta o fluxo de sangue e os ajuda a relaxar. ' +
        'Algumas pessoas alternam os dois; mantenha sempre um pano entre a pele e a bolsa e use cada um por períodos curtos.',
    },
    'when-a-flare-up-hits': {
      title: 'Quando vem uma crise de dor',
      body:
        'Dias ruins acontecem de vez em quando, mesmo cuidando bem das costas. ' +
        'A maioria melhora com cuidados simples em casa. ' +
        'Se as crises forem frequentes ou intensas, conte ao seu fisioterapeuta, pois talvez seja preciso mudar seu programa em casa.',
      checklist: [
        'Coloque uma bolsa de gelo, envolta em um pano, sobre a área dolorida.',
        'Tome um analgésico de venda livre, se for adequado para você, seguindo a bula.',
        'Uma massagem suave pode aliviar os músculos tensos.',
        'Descanse por pouco tempo e depois volte a se movimentar de leve, conforme a dor permitir.',
        'Avise seu fisioterapeuta se as crises ficarem frequentes ou intensas.',
      ],
    },
    'see-a-physical-therapist': {
      title: 'Quando um fisioterapeuta pode ajudar',
      body:
        'Alguns problemas nas costas precisam de mais do que autocuidado, e um fisioterapeuta pode montar um programa sob medida para você. ' +
        'Peça um encaminhamento ao seu médico se alguma destas situações se aplicar a você.',
      checklist: [
        'A dor já dura mais de algumas semanas e atrapalha o dia a dia.',
        'Você não consegue se mover com a mesma liberdade de antes.',
        'Você está se recuperando de uma cirurgia na coluna.',
        'Você nota dormência, formigamento ou fraqueza nas pernas.',
        'Você tem sintomas de estreitamento do canal vertebral (estenose espinhal).',
      ],
    },
    'talk-to-a-doctor': {
      title: 'Quando conversar com seu médico',
      body:
        'Quando a dor nas costas não melhora, um médico pode avaliar as opções com você, inclusive se vale a pena discutir uma cirurgia. ' +
        'Uma perda nova do controle da bexiga ou do intestino, ou uma fraqueza nos braços ou nas pernas que continua piorando, pode ser uma emergência: procure atendimento médico imediatamente.',
      checklist: [
        'Dor intensa que não melhorou com medicação, terapia ou infiltrações.',
        'Dificuldade para andar ou ficar em pé.',
        'Sintomas neurológicos que continuam piorando, como fraqueza ou perda do controle da bexiga ou do intestino.',
        'Nenhuma melhora após 6 a 8 semanas de tratamento sem cirurgia.',
        'Coluna que parece instável depois de uma fratura ou infecção.',
      ],
    },
  },
  tipCategories: {
    'sitting-and-lumbar-support': 'Postura sentada e apoio lombar',
    workstation: 'Sua estação de trabalho',
    'standing-posture': 'Postura em pé',
    lifting: 'Levantar objetos',
    'stress-and-breathing': 'Estresse e respiração',
    weight: 'Peso',
    'heat-and-cold': 'Calor e frio',
    'flare-ups': 'Crises de dor',
    'when-to-see-a-professional': 'Quando procurar um profissional',
  },
  postureCues: [
    'Sente-se no fundo do assento para que a cadeira apoie a curva da sua lombar.',
    'Apoie as costas no encosto em vez de se inclinar para a frente.',
    'Leve os ombros para trás e para baixo e recolha um pouco o queixo.',
    'Pés apoiados no chão, joelhos mais ou menos na altura do quadril.',
    'Traga a tela para a altura dos olhos em vez de dobrar o pescoço para baixo.',
    'Mude de posição: transfira o peso, descruze as pernas e endireite a coluna de novo.',
    'Mantenha o teclado perto para que os cotovelos fiquem junto ao corpo.',
  ],
  microMoves: [
    'Gire os ombros devagar para trás três vezes.',
    'Com a coluna ereta, pressione suavemente a lombar contra a cadeira durante cinco respirações.',
    'Leve o queixo reto para trás, mantenha por três segundos e solte.',
    'Aproxime as escápulas por cinco segundos.',
  ],
};
