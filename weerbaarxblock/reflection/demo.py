"""The Reflectiejournaal's units in the Dutch demo course (OLX, as a course author would write it).

Written for the demo from Divosa's description of the training: reflection on
one's own qualities and pitfalls is a fixed element of its "Lerende Praktijk";
"streng liefhebben" and "ruimte en rugdekking" are the steering themes Pieter
Tops names for professionals' craftsmanship.
"""

SINGLE_REFLECTION = """
<weerbaar_reflection display_name="Kwaliteiten en valkuilen in je eigen handelen" mode="single"
    review="instructor" grading="complete" may_edit_after_submit="false" may_revise_after_feedback="true">
  <introduction>Reflectie is een vast onderdeel van de Lerende Praktijk. Wie in een wijk werkt waar ondermijning \
speelt, moet weten waar de eigen kracht zit en waar je jezelf tegenkomt. Neem een recente situatie uit je werk in \
gedachten en beantwoord de vragen hieronder. Je docent leest je reflectie en geeft je feedback.</introduction>
  <privacy_note>Wat je hier schrijft, zien alleen jij en de docenten van deze cursus. Noem geen namen of andere \
gegevens waaraan cliënten of collega's te herkennen zijn.</privacy_note>
  <prompt id="kwaliteiten" required="true" min_words="30" max_words="300">
    <question>Welke kwaliteiten zet je in je werk het meest in, en waar zag je dat de afgelopen tijd?</question>
    <guidance>Denk aan een concrete situatie: een gesprek met een inwoner, een overleg met een ketenpartner, een \
zorg die je wel of juist niet hebt gemeld.</guidance>
  </prompt>
  <prompt id="valkuilen" required="true" min_words="30" max_words="300">
    <question>Waar liggen je valkuilen? Ben je eerder te toegeeflijk of te streng?</question>
    <guidance>"Streng liefhebben" betekent betrokken blijven bij de mens en tegelijk duidelijke grenzen stellen aan \
gedrag. Wanneer lukt je dat, en wanneer schiet je door naar één kant?</guidance>
  </prompt>
  <prompt id="meenemen" required="false" max_words="200">
    <question>Wat neem je mee terug naar je praktijk, en welke ruimte en rugdekking heb je daarvoor nodig?</question>
    <guidance>Maak het concreet: één ding dat je de komende weken anders gaat doen, en wat je leidinggevende of je \
organisatie daarvoor moet regelen.</guidance>
  </prompt>
</weerbaar_reflection>
"""

LEARNING_JOURNAL = """
<weerbaar_reflection display_name="Leerdagboek: de lerende praktijk" mode="journal" review="instructor"
    grading="scored" max_points="6" may_edit_after_submit="false" may_revise_after_feedback="true"
    case_key="zorgfraude-wijk-noord">
  <introduction>Houd tijdens de training een leerdagboek bij. Schrijf na elke bijeenkomst of praktijkopdracht een \
nieuwe invoer: wat gebeurde er, wat deed jij, en wat leer je ervan? Je docent beoordeelt elke invoer met de rubric \
en geeft je feedback.</introduction>
  <privacy_note>Je leerdagboek is alleen zichtbaar voor jou en de docenten van deze cursus. Beschrijf situaties \
zo dat niemand erin te herkennen is.</privacy_note>
  <prompt id="situatie" required="true" min_words="20" max_words="400" case_key="zorgfraude-wijk-noord">
    <question>Welke situatie uit je werk of uit de training houdt je bezig?</question>
    <guidance>Beschrijf kort en feitelijk wat er gebeurde. Denk aan signalen van ondermijning, zoals zorgfraude, \
jongeren die worden geronseld of bewoners die onder druk worden gezet.</guidance>
  </prompt>
  <prompt id="handelen" required="true" min_words="20" max_words="400">
    <question>Hoe handelde je, en wat zegt dat over je kwaliteiten en valkuilen?</question>
  </prompt>
  <prompt id="volgende-keer" required="true" min_words="10" max_words="200">
    <question>Wat doe je de volgende keer anders?</question>
    <guidance>Eén concrete stap is genoeg, bijvoorbeeld wie je in je netwerk eerder inschakelt.</guidance>
  </prompt>
  <rubric>
    <criterion id="zelfinzicht">
      <label>Zelfinzicht</label>
      <level id="z0" points="0">Nog niet zichtbaar</level>
      <level id="z1" points="1">Kwaliteiten of valkuilen benoemd</level>
      <level id="z2" points="2">Kwaliteiten en valkuilen benoemd, met een voorbeeld</level>
    </criterion>
    <criterion id="praktijk">
      <label>Vertaling naar de praktijk</label>
      <level id="p0" points="0">Ontbreekt</level>
      <level id="p1" points="1">Een algemeen voornemen</level>
      <level id="p2" points="2">Een concrete, haalbare stap</level>
    </criterion>
    <criterion id="context">
      <label>Kennis van de context</label>
      <level id="k0" points="0">Niet betrokken</level>
      <level id="k1" points="1">Genoemd</level>
      <level id="k2" points="2">Verbonden met de wijk, het netwerk of de regels</level>
    </criterion>
  </rubric>
</weerbaar_reflection>
"""

SCENARIOS = [
    ("Reflectie: kwaliteiten en valkuilen in je eigen handelen", SINGLE_REFLECTION),
    ("Leerdagboek met beoordeling door de docent", LEARNING_JOURNAL),
]
