
            (function(global){
                var WeerbaarI18n = {
                  init: function() {
                    
'use strict';
{
  const globals = this;
  const django = globals.django || (globals.django = {});

  
  django.pluralidx = function(n) {
    const v = (n != 1);
    if (typeof v === 'boolean') {
      return v ? 1 : 0;
    } else {
      return v;
    }
  };
  

  /* gettext library */

  django.catalog = django.catalog || {};
  
  const newcatalog = {
    "'{text}' is now at position {position} of {count}.": "'{text}' staat nu op plaats {position} van {count}.",
    "(choose)": "(kies)",
    "(first finished)": "(eerste afgeronde)",
    "(largest divergence)": "(grootste afwijking)",
    "(situation removed since)": "(situatie inmiddels verwijderd)",
    "(withdrawn: the learner went back)": "(ingetrokken: de deelnemer ging terug)",
    "A graded network map needs at least one actor in the expert map.": "Een netwerkkaart met beoordeling heeft minstens \u00e9\u00e9n actor op de expertkaart nodig.",
    "A name can have at most {limit} characters.": "Een naam mag hoogstens {limit} tekens hebben.",
    "A note can have at most {limit} characters.": "Een notitie mag hoogstens {limit} tekens hebben.",
    "A relation needs two different actors.": "Een relatie heeft twee verschillende actoren nodig.",
    "Action": "Reactie",
    "Actions": "Reacties",
    "Activities with the same case key follow one case, for example zorgfraude-wijk-noord: lower-case letters and digits joined by hyphens.": "Activiteiten met dezelfde casussleutel volgen \u00e9\u00e9n casus, bijvoorbeeld zorgfraude-wijk-noord: kleine letters en cijfers, verbonden door streepjes.",
    "Actor": "Actor",
    "Actor from the list": "Actor uit de lijst",
    "Actor {number}": "Actor {number}",
    "Actors": "Actoren",
    "Actors in the class overlay": "Actoren in het groepsoverzicht",
    "Actors on the map ({count})": "Actoren op de kaart ({count})",
    "Add a relation": "Een relatie toevoegen",
    "Add a ring": "Een ring toevoegen",
    "Add a sector": "Een sector toevoegen",
    "Add a type of actor": "Een type actor toevoegen",
    "Add a type of relation": "Een type relatie toevoegen",
    "Add an actor": "Een actor toevoegen",
    "Add an actor to the list": "Een actor aan de lijst toevoegen",
    "Add at least one actor before you submit your map.": "Voeg minstens \u00e9\u00e9n actor toe voordat je je kaart inlevert.",
    "Add at least {limit}.": "Voeg er minstens {limit} toe.",
    "Add competency": "Competentie toevoegen",
    "Add ending": "Einde toevoegen",
    "Add option": "Reactie toevoegen",
    "Add situation": "Situatie toevoegen",
    "Add the relation": "De relatie toevoegen",
    "Add to the map": "Aan de kaart toevoegen",
    "Add your own actor": "Je eigen actor toevoegen",
    "Added. Type its name.": "Toegevoegd. Typ de naam.",
    "All changes saved at {time}.": "Alle wijzigingen opgeslagen om {time}.",
    "Alternative text of the image": "Alternatieve tekst van de afbeelding",
    "An explanation can have at most {limit} characters.": "Een toelichting mag hoogstens {limit} tekens hebben.",
    "Another attempt is practice: it does not change your grade.": "Een nieuwe poging is oefening: die verandert je cijfer niet.",
    "Answer": "Antwoord",
    "Answers to '{title}'": "Antwoorden op '{title}'",
    "Answers: {count}. Mean score: {score}. Divergence from the key: {divergence}.": "Antwoorden: {count}. Gemiddelde score: {score}. Afwijking van de antwoordsleutel: {divergence}.",
    "As the situation says": "Zoals bij de situatie ingesteld",
    "At most {limit} characters.": "Hoogstens {limit} tekens.",
    "Attempt": "Poging",
    "Attempt {number}: the attempt that counts for the grade.": "Poging {number}: de poging die telt voor het cijfer.",
    "Attempt {number}: the best attempt.": "Poging {number}: de beste poging.",
    "Attempt {number}: the last attempt.": "Poging {number}: de laatste poging.",
    "Attempts": "Pogingen",
    "Attempts allowed (0: no limit)": "Aantal pogingen (0: onbeperkt)",
    "Attempts with path and justifications": "Pogingen met pad en toelichtingen",
    "Attempts {first}-{last} of {total}.": "Pogingen {first}-{last} van {total}.",
    "Back to the list": "Terug naar de lijst",
    "Back to the previous situation": "Terug naar de vorige situatie",
    "Both ways": "Beide kanten op",
    "Case key (optional)": "Casussleutel (niet verplicht)",
    "Case: {key}": "Casus: {key}",
    "Change your review": "Beoordeling wijzigen",
    "Check this actor.": "Controleer deze actor.",
    "Check: {reasons}.": "Controleer: {reasons}.",
    "Checked": "Gecontroleerd",
    "Choose a ring.": "Kies een ring.",
    "Choose a type of relation.": "Kies een type relatie.",
    "Choose a type.": "Kies een type.",
    "Choose an actor": "Kies een actor",
    "Choose an actor from the list.": "Kies een actor uit de lijst.",
    "Choose one action as '{best}' and another as '{worst}'.": "Kies \u00e9\u00e9n reactie als '{best}' en een andere als '{worst}'.",
    "Choose one of the actions.": "Kies een van de reacties.",
    "Choose the best thing to do.": "Kies wat je het beste kunt doen.",
    "Choose the most effective and the least effective action.": "Kies de meest effectieve en de minst effectieve reactie.",
    "Choose two actors that are on the map.": "Kies twee actoren die op de kaart staan.",
    "Choose two different actions.": "Kies twee verschillende reacties.",
    "Choose what you would most likely do and what you would least likely do.": "Kies wat je het meest waarschijnlijk en wat je het minst waarschijnlijk zou doen.",
    "Choose what you would most likely do.": "Kies wat je het meest waarschijnlijk zou doen.",
    "Chosen by": "Gekozen door",
    "Circle": "Cirkel",
    "Class overlay": "Overzicht van de groep",
    "Class overlay of all submitted maps. The tables below give the numbers.": "Overzicht van alle ingeleverde kaarten van de groep. De tabellen hieronder geven de aantallen.",
    "Click the actor where the relation starts.": "Klik op de actor waar de relatie begint.",
    "Closing text": "Slottekst",
    "Colour": "Kleur",
    "Compared with the experts' map": "Vergeleken met de kaart van de experts",
    "Competencies": "Competenties",
    "Competency": "Competentie",
    "Competency {number}": "Competentie {number}",
    "Connect two actors": "Twee actoren verbinden",
    "Criterion {number}": "Criterium {number}",
    "Dashed line": "Gestreepte lijn",
    "Diamond": "Ruit",
    "Difference": "Verschil",
    "Direction": "Richting",
    "Direction of {relation}": "Richting van {relation}",
    "Display name": "Weergavenaam",
    "Dotted line": "Gestippelde lijn",
    "Download all maps (CSV)": "Alle kaarten downloaden (CSV)",
    "Download all maps (JSON)": "Alle kaarten downloaden (JSON)",
    "Draft saved {time}": "Concept opgeslagen om {time}",
    "Earlier entries": "Eerdere bijdragen",
    "Earlier versions": "Eerdere versies",
    "Ending": "Einde",
    "Ending {number}": "Einde {number}",
    "Ending {number}: {title}": "Einde {number}: {title}",
    "Endings (optional)": "Eindes (niet verplicht)",
    "Enter a number from {minimum} to {maximum}.": "Vul een getal in van {minimum} tot en met {maximum}.",
    "Enter a number.": "Vul een getal in.",
    "Entry {number}": "Bijdrage {number}",
    "Every actor from the list is on the map": "Alle actoren uit de lijst staan op de kaart",
    "Expert key": "Antwoordsleutel",
    "Expert points": "Punten van de experts",
    "Expert position": "Plaats volgens de experts",
    "Experts' best option": "Beste reactie volgens de experts",
    "Experts' map": "Kaart van de experts",
    "Experts' mean": "Gemiddelde van de experts",
    "Experts' mean rating (1-5)": "Gemiddeld cijfer van de experts (1-5)",
    "Experts' mean rating: {value}": "Gemiddeld cijfer van de experts: {value}",
    "Experts' order, from most to least effective": "Volgorde van de experts, van meest naar minst effectief",
    "Experts' position: {value}": "Plaats volgens de experts: {value}",
    "Experts' worst option": "Slechtste reactie volgens de experts",
    "Experts: in between": "Experts: niet de beste en niet de slechtste",
    "Experts: {label}": "Experts: {label}",
    "Experts: {points} of {max} points": "Experts: {points} van {max} punten",
    "Explanation": "Toelichting",
    "Explanation for {label}": "Toelichting bij {label}",
    "Explanation for {relation}": "Toelichting bij {relation}",
    "Explanation when a learner adds it but the experts left it out": "Toelichting als een deelnemer hem toevoegt terwijl de experts hem weglieten",
    "Feedback from your instructor": "Feedback van je docent",
    "Feedback: how experts judge the actions": "Feedback: zo beoordelen experts de reacties",
    "Feedback: why the experts judge it so": "Feedback: waarom de experts het zo beoordelen",
    "Fill in this field.": "Vul dit veld in.",
    "Filled: on the experts' map too.": "Gevuld: staat ook op de kaart van de experts.",
    "Finished": "Afgerond",
    "Fit to screen": "Hele kaart tonen",
    "From": "Van",
    "General": "Algemeen",
    "Give every action a rating from 1 to 5.": "Geef elke reactie een cijfer van 1 tot 5.",
    "Give the actor a name.": "Geef de actor een naam.",
    "Graded": "Beoordeeld",
    "Graded: the feedback shows the experts' key after each answer, so only answers given before that count. The learner's first finished attempt is the grade, and in it the first answer to each situation; going back to answer again, and every later attempt, is practice and is marked so for the learner. Not graded: a practice casus, learners may go back and try again freely.": "Beoordeeld: de feedback toont na elk antwoord de sleutel van de experts, dus alleen antwoorden van daarv\u00f3\u00f3r tellen. De eerste afgeronde poging van de deelnemer is het cijfer, en daarin het eerste antwoord op elke situatie; teruggaan om opnieuw te antwoorden, en elke latere poging, is oefening en wordt zo aan de deelnemer getoond. Niet beoordeeld: een oefencasus, deelnemers mogen vrij teruggaan en opnieuw proberen.",
    "Hexagon": "Zeshoek",
    "How others answered is shown once at least {count} others have answered.": "Hoe anderen antwoordden, zie je zodra minstens {count} anderen hebben geantwoord.",
    "How {count} other learner answered": [
      "Hoe {count} andere deelnemer antwoordde",
      "Hoe {count} andere deelnemers antwoordden"
    ],
    "Id (used in branches and reports)": "Id (gebruikt in vertakkingen en rapporten)",
    "Id (used in branches)": "Id (gebruikt in vertakkingen)",
    "Image address (optional)": "Adres van de afbeelding (niet verplicht)",
    "In a graded casus this applies only to attempts finished before the first-attempt rule.": "In een beoordeelde casus geldt dit alleen voor pogingen die al waren afgerond voordat de regel 'de eerste afgeronde poging telt' gold.",
    "Instruction (optional)": "Instructie (niet verplicht)",
    "Instruction wording": "Formulering van de opdracht",
    "Introduction": "Inleiding",
    "Justification": "Toelichting",
    "Justification: {text}": "Toelichting: {text}",
    "Key actors found": "Belangrijke actoren gevonden",
    "Key actors missed:": "Gemiste sleutelactoren:",
    "Key actors: {found} of {expected}.": "Sleutelactoren: {found} van {expected}.",
    "Last saved on {date}.": "Laatst opgeslagen op {date}.",
    "Learner": "Deelnemer",
    "Learner {code}": "Deelnemer {code}",
    "Learner's map": "Kaart van de deelnemer",
    "Learners": "Deelnemers",
    "Learners cannot play this scenario until these problems are solved:": "Deelnemers kunnen deze casus pas spelen als deze problemen zijn opgelost:",
    "Learners may go back to the previous situation (they can then change an answer after seeing the feedback)": "Deelnemers mogen teruggaan naar de vorige situatie (ze kunnen dan een antwoord wijzigen nadat ze de feedback hebben gezien)",
    "Learners' maps": "Kaarten van deelnemers",
    "Least effective": "Minst effectief",
    "Least likely": "Minst waarschijnlijk",
    "Legend": "Legenda",
    "Line": "Lijn",
    "Map": "Kaart",
    "Map of {name}": "Kaart van {name}",
    "Map of {name}. The table below lists it.": "Kaart van {name}. De tabel hieronder somt hem op.",
    "Mark {label} as checked": "{label} markeren als gecontroleerd",
    "Marked as checked.": "Gemarkeerd als gecontroleerd.",
    "Mean position": "Gemiddelde plaats",
    "Mean rating": "Gemiddeld cijfer",
    "Mean score of the class: {score}": "Gemiddelde score van de groep: {score}",
    "Most effective": "Meest effectief",
    "Most likely": "Meest waarschijnlijk",
    "Move down": "Omlaag",
    "Move down: {text}": "Omlaag: {text}",
    "Move situation {number} down": "Situatie {number} omlaag",
    "Move situation {number} up": "Situatie {number} omhoog",
    "Move up": "Omhoog",
    "Move up: {text}": "Omhoog: {text}",
    "Name of the actor": "Naam van de actor",
    "Name of your own actor": "Naam van je eigen actor",
    "Named best": "Als beste gekozen",
    "Named worst": "Als slechtste gekozen",
    "Narrative": "Verhaal",
    "Network map": "Netwerkkaart",
    "Next page": "Volgende pagina",
    "Next situation": "Volgende situatie",
    "Next step after this situation": "Volgende stap na deze situatie",
    "Next step when this option decides the branch": "Volgende stap als deze reactie de vertakking bepaalt",
    "No activity on this case yet.": "Nog geen activiteit bij deze casus.",
    "No attempts of a learner named '{name}'.": "Geen pogingen van een deelnemer met de naam '{name}'.",
    "No attempts yet.": "Nog geen pogingen.",
    "No connection to the server. Your work is kept in this browser; we will try again.": "Geen verbinding met de server. Je werk blijft bewaard in deze browser; we proberen het opnieuw.",
    "No direction": "Geen richting",
    "No learner has submitted a map yet.": "Nog geen enkele deelnemer heeft een kaart ingeleverd.",
    "No learner's name matches the search.": "Geen deelnemer gevonden met deze naam.",
    "No relation made.": "Geen relatie gemaakt.",
    "No sector": "Geen sector",
    "Normal": "Normaal",
    "Not done yet.": "Nog niet gedaan.",
    "Not saved": "Niet opgeslagen",
    "Not saved.": "Niet opgeslagen.",
    "Not saved: {error}": "Niet opgeslagen: {error}",
    "Not submitted.": "Niet ingediend.",
    "Note": "Notitie",
    "Note (optional)": "Notitie (niet verplicht)",
    "Note on {relation}": "Notitie bij {relation}",
    "Off the key": "Afwijking van de antwoordsleutel",
    "On the experts' map": "Op de kaart van de experts",
    "One way": "E\u00e9n kant op",
    "Option": "Reactie",
    "Option {id}": "Reactie {id}",
    "Options and expert key": "Reacties en sleutel van de experts",
    "Page {page} of {pages}": "Pagina {page} van {pages}",
    "Pages of attempts": "Pagina's met pogingen",
    "Pages of learners' maps": "Pagina's met kaarten van deelnemers",
    "Path": "Pad",
    "Path, answers and justifications": "Pad, antwoorden en toelichtingen",
    "Peers needed before their answers are shown": "Minimaal aantal andere deelnemers voordat hun antwoorden zichtbaar worden",
    "Per situation, largest divergence from the key first": "Per situatie, grootste afwijking van de antwoordsleutel eerst",
    "Pick the best and the worst option": "Kies de beste en de slechtste reactie",
    "Pick the best option": "Kies de beste reactie",
    "Please correct {count} problem.": [
      "Los eerst {count} probleem op.",
      "Los eerst {count} problemen op."
    ],
    "Practice answer: your first answer to this situation ({score}) stays in your grade.": "Oefenantwoord: je eerste antwoord op deze situatie ({score}) blijft in je cijfer.",
    "Practice: this attempt does not change your grade.": "Oefening: deze poging verandert je cijfer niet.",
    "Previous page": "Vorige pagina",
    "Problem weight": "Gewicht van de opdracht",
    "Put first by": "Als eerste gezet door",
    "Put the actions in order from most effective to least effective. Use the move buttons.": "Zet de reacties in volgorde van meest effectief naar minst effectief. Gebruik de knoppen omhoog en omlaag.",
    "Put the actions in order: first what you would most likely do, last what you would least likely do. Use the move buttons.": "Zet de reacties in volgorde: eerst wat je het meest waarschijnlijk zou doen, als laatste wat je het minst waarschijnlijk zou doen. Gebruik de knoppen omhoog en omlaag.",
    "Question": "Vraag",
    "Question {number}": "Vraag {number}",
    "Rank all options": "Zet alle reacties in volgorde",
    "Rate each action: how likely would you be to do it? 1 = very unlikely, 5 = very likely.": "Geef elke reactie een cijfer: hoe waarschijnlijk zou je dit doen? 1 = zeer onwaarschijnlijk, 5 = zeer waarschijnlijk.",
    "Rate every option (1-5)": "Geef elke reactie een cijfer (1-5)",
    "Rate how effective each action is. 1 = very ineffective, 5 = very effective.": "Geef aan hoe effectief elke reactie is. 1 = zeer ineffectief, 5 = zeer effectief.",
    "Redone.": "Opnieuw uitgevoerd.",
    "Refresh the instructor view": "De weergave voor docenten vernieuwen",
    "Relation added: {relation}.": "Relatie toegevoegd: {relation}.",
    "Relation changed: {relation}.": "Relatie gewijzigd: {relation}.",
    "Relation from {label}: now choose the other actor (click it, or press R or Enter on it). Escape cancels.": "Relatie vanaf {label}: kies nu de andere actor (klik erop, of druk erop op R of Enter). Escape breekt af.",
    "Relation removed: {relation}.": "Relatie verwijderd: {relation}.",
    "Relations": "Relaties",
    "Relations as the experts drew them": "Relaties zoals de experts ze tekenden",
    "Relations as the experts drew them: {found} of {expected}.": "Relaties zoals de experts ze tekenden: {found} van {expected}.",
    "Relations in the class overlay": "Relaties in het groepsoverzicht",
    "Relations missed:": "Gemiste relaties:",
    "Relations on the map ({count})": "Relaties op de kaart ({count})",
    "Remove": "Verwijderen",
    "Remove competency {number}": "Verwijder competentie {number}",
    "Remove ending {number}": "Verwijder einde {number}",
    "Remove option {id}": "Verwijder reactie {id}",
    "Remove situation {number}": "Verwijder situatie {number}",
    "Remove {label}": "{label} verwijderen",
    "Remove {relation}": "{relation} verwijderen",
    "Removed.": "Verwijderd.",
    "Required when there is an image.": "Verplicht als er een afbeelding is.",
    "Response format": "Antwoordvorm",
    "Result shown for a practice casus": "Getoond resultaat bij een oefencasus",
    "Reverse": "Omdraaien",
    "Reverse {relation}": "{relation} omdraaien",
    "Review saved. The learner can now read it.": "Beoordeling opgeslagen. De deelnemer kan haar nu lezen.",
    "Reviews so far": "Eerdere beoordelingen",
    "Ring": "Ring",
    "Ring of {label}": "Ring van {label}",
    "Ring {number}": "Ring {number}",
    "Saved.": "Opgeslagen.",
    "Saving\u2026": "Bezig met opslaan\u2026",
    "Score": "Score",
    "Score (0 to {max})": "Score (0 tot en met {max})",
    "Score lost through this option": "Scoreverlies door deze reactie",
    "Score per competency": "Score per competentie",
    "Score: {percent}%": "Score: {percent}%",
    "Score: {points} of {max}": "Score: {points} van {max}",
    "Search": "Zoeken",
    "Search by learner name": "Zoek op naam van de deelnemer",
    "Sector": "Sector",
    "Sector of {label}": "Sector van {label}",
    "Sector {number}": "Sector {number}",
    "Sector: {sector}.": "Sector: {sector}.",
    "Shape": "Vorm",
    "Show learners how peers answered, anonymously": "Laat deelnemers anoniem zien hoe anderen antwoordden",
    "Show map": "Kaart tonen",
    "Show my result": "Mijn resultaat bekijken",
    "Show the map of {name}": "De kaart van {name} tonen",
    "Shown to learners": "Zichtbaar voor deelnemers",
    "Sign in to play this scenario.": "Log in om deze casus te spelen.",
    "Situation by situation": "Situatie voor situatie",
    "Situation {current}": "Situatie {current}",
    "Situation {current} of at least {total}": "Situatie {current} van minstens {total}",
    "Situation {current} of {total}": "Situatie {current} van {total}",
    "Situation {current} of {total} to {most}": "Situatie {current} van {total} \u00e0 {most}",
    "Situation {number}": "Situatie {number}",
    "Situation {number}: {title}": "Situatie {number}: {title}",
    "Situations": "Situaties",
    "Situations are tagged with these; learners see a profile per competency.": "Situaties krijgen deze labels; deelnemers zien een profiel per competentie.",
    "Solid line": "Doorgetrokken lijn",
    "Square": "Vierkant",
    "Start the scenario": "Casus starten",
    "Strength": "Sterkte",
    "Strength of {relation}": "Sterkte van {relation}",
    "Strong": "Sterk",
    "Submit": "Indienen",
    "Submit answer": "Antwoord versturen",
    "Submit changes": "Wijzigingen indienen",
    "Submitted": "Ingediend",
    "Submitted maps": "Ingeleverde kaarten",
    "Submitted on {date}": "Ingediend op {date}",
    "Submitted on {date}.": "Ingeleverd op {date}.",
    "Synonyms": "Synoniemen",
    "Text of the option": "Tekst van de reactie",
    "The best attempt": "De beste poging",
    "The download has started.": "Het downloaden is begonnen.",
    "The experts' key": "De antwoordsleutel van de experts",
    "The experts' reasoning": "De uitleg van de experts",
    "The last attempt": "De laatste poging",
    "The learner's map: {count} actor.": [
      "De kaart van de deelnemer: {count} actor.",
      "De kaart van de deelnemer: {count} actoren."
    ],
    "The learner's work on the case": "Het werk van de deelnemer aan de casus",
    "The learners' answers are shown below.": "De antwoorden van de deelnemers staan hieronder.",
    "The map has been tidied up.": "De kaart is netjes geschikt.",
    "The map is full: it may hold at most {limit} actors.": "De kaart is vol: er mogen hoogstens {limit} actoren op.",
    "The map is full: it may hold at most {limit} relations.": "De kaart is vol: er mogen hoogstens {limit} relaties op.",
    "The next situation in order (or the end)": "De volgende situatie in de volgorde (of het einde)",
    "The rubric's highest levels add up to {total} points; leave the maximum empty to use that.": "De hoogste niveaus van de rubric tellen op tot {total} punten; laat het maximum leeg om dat te gebruiken.",
    "The server could not handle the request. Please try again.": "De server kon het verzoek niet verwerken. Probeer het opnieuw.",
    "The size of an actor and the width of a line show how many learners included it.": "De grootte van een actor en de dikte van een lijn laten zien hoeveel deelnemers hem opnamen.",
    "The weights of actors and relations cannot both be 0.": "De gewichten van actoren en relaties kunnen niet allebei 0 zijn.",
    "There is already a relation of this type between {source} and {target}.": "Er is al een relatie van dit type tussen {source} en {target}.",
    "This answer has {count} words; at most {limit} are allowed.": "Dit antwoord heeft {count} woorden; er zijn er hoogstens {limit} toegestaan.",
    "This answer has {count} words; write at least {limit}.": "Dit antwoord heeft {count} woorden; schrijf er minstens {limit}.",
    "This answer is now over the maximum number of words.": "Dit antwoord heeft nu meer woorden dan het maximum.",
    "This answer is {count} characters long; at most {limit} are allowed.": "Dit antwoord is {count} tekens lang; er zijn er hoogstens {limit} toegestaan.",
    "This attempt counts for your grade.": "Deze poging telt mee voor je cijfer.",
    "This learner has a draft but has not submitted it yet.": "Deze deelnemer heeft een concept maar heeft het nog niet ingediend.",
    "This map can no longer be changed.": "Deze kaart kan niet meer worden gewijzigd.",
    "This question needs an answer.": "Deze vraag moet je beantwoorden.",
    "Tidy up": "Netjes schikken",
    "Title": "Titel",
    "To": "Naar",
    "Triangle": "Driehoek",
    "Try again": "Opnieuw proberen",
    "Type": "Type",
    "Type of actor {number}": "Type actor {number}",
    "Type of relation": "Type relatie",
    "Type of relation {number}": "Type relatie {number}",
    "Type of {label}": "Type van {label}",
    "Type of {relation}": "Type van {relation}",
    "Undone.": "Ongedaan gemaakt.",
    "Unsaved changes": "Niet-opgeslagen wijzigingen",
    "Unsaved changes from this browser have been restored.": "Niet-opgeslagen wijzigingen uit deze browser zijn teruggezet.",
    "Unsaved text from this browser has been restored.": "Niet-opgeslagen tekst uit deze browser is teruggezet.",
    "Use the training's list": "Gebruik de lijst van de training",
    "Version {number}, submitted on {date}": "Versie {number}, ingediend op {date}",
    "Weak": "Zwak",
    "Weight": "Gewicht",
    "What should you do? (knowledge of effective behaviour)": "Wat zou je moeten doen? (kennis van effectief handelen)",
    "What would you do? (own behavioural tendency)": "Wat zou je doen? (eigen neiging tot handelen)",
    "When empty, learners read the standard instruction: {text}": "Als je dit leeg laat, lezen deelnemers de standaardinstructie: {text}",
    "Why would you do this? (optional)": "Waarom zou je dit doen? (niet verplicht)",
    "With more than {count} maps, use the problem responses report instead: on the instructor dashboard, under Data Download, it is made in the background. A download of this size can take long or fail.": "Bij meer dan {count} kaarten gebruik je beter het rapport met antwoorden (Problem Responses): op het instructeursdashboard, onder Data Download, wordt het op de achtergrond gemaakt. Een download van deze omvang kan lang duren of mislukken.",
    "Without a rubric, enter the maximum score yourself.": "Zonder rubric vul je de maximale score zelf in.",
    "Without branching the situations follow in order. An ending gives a path its own closing text.": "Zonder vertakkingen volgen de situaties elkaar op in volgorde. Een einde geeft een pad een eigen slottekst.",
    "You answered this situation before. Your first answer ({score}) counts for your grade; answering again is practice.": "Je hebt deze situatie al eerder beantwoord. Je eerste antwoord ({score}) telt voor je cijfer; opnieuw antwoorden is oefening.",
    "You have used all your attempts.": "Je hebt al je pogingen gebruikt.",
    "You have {count} attempt.": [
      "Je hebt {count} poging.",
      "Je hebt {count} pogingen."
    ],
    "You: {label}": "Jij: {label}",
    "Your attempts": "Jouw pogingen",
    "Your choice": "Jouw keuze",
    "Your entry has been submitted.": "Je bijdrage is ingediend.",
    "Your first finished attempt is your grade, and in it the first answer to each situation counts. Going back to answer again, and any later attempt, is practice.": "Je eerste afgeronde poging is je cijfer, en daarin telt je eerste antwoord op elke situatie. Teruggaan om opnieuw te antwoorden, en elke latere poging, is oefening.",
    "Your grade counts your best attempt: {score}": "Voor je cijfer telt je beste poging: {score}",
    "Your grade counts your last attempt: {score}": "Voor je cijfer telt je laatste poging: {score}",
    "Your grade is your first finished attempt: {score}": "Voor je cijfer telt je eerste afgeronde poging: {score}",
    "Your justification:": "Jouw toelichting:",
    "Your map has been submitted. The comparison with the experts' map follows.": "Je kaart is ingeleverd. Hieronder volgt de vergelijking met de kaart van de experts.",
    "Your network map": "Jouw netwerkkaart",
    "Your position: {value}": "Jouw plaats: {value}",
    "Your profile per competency": "Jouw profiel per competentie",
    "Your rating: {value}": "Jouw cijfer: {value}",
    "Your reflection": "Jouw reflectie",
    "Your result": "Jouw resultaat",
    "Your score for this attempt: {score}": "Je score voor deze poging: {score}",
    "Your score for this situation: {score}": "Je score voor deze situatie: {score}",
    "Your submitted map: {actors} actors and {relations} relations. The table lists them.": "Je ingeleverde kaart: {actors} actoren en {relations} relaties. De tabel somt ze op.",
    "Your text is kept in this browser.": "Je tekst blijft bewaard in deze browser.",
    "Zoom in": "Inzoomen",
    "Zoom out": "Uitzoomen",
    "best": "beste",
    "best: {best} / worst: {worst}": "beste: {best} / slechtste: {worst}",
    "in progress": "bezig",
    "it was removed from the list of actors": "de actor is uit de lijst van actoren verwijderd",
    "its ring was removed from the activity": "de ring is uit de activiteit verwijderd",
    "its sector was removed from the activity": "de sector is uit de activiteit verwijderd",
    "its type was removed from the activity": "het type is uit de activiteit verwijderd",
    "new": "nieuw",
    "no": "nee",
    "on version {number}": "bij versie {number}",
    "submitted on {date}": "ingediend op {date}",
    "worst": "slechtste",
    "yes": "ja",
    "{count} answer": [
      "{count} antwoord",
      "{count} antwoorden"
    ],
    "{count} answer no longer fits this situation after an edit and is left out.": [
      "{count} antwoord past na een wijziging niet meer bij deze situatie en telt niet mee.",
      "{count} antwoorden passen na een wijziging niet meer bij deze situatie en tellen niet mee."
    ],
    "{count} entry": [
      "{count} bijdrage",
      "{count} bijdragen"
    ],
    "{count} entry found.": [
      "{count} bijdrage gevonden.",
      "{count} bijdragen gevonden."
    ],
    "{count} learner has submitted a map.": [
      "{count} deelnemer heeft een kaart ingeleverd.",
      "{count} deelnemers hebben een kaart ingeleverd."
    ],
    "{count} map": [
      "{count} kaart",
      "{count} kaarten"
    ],
    "{count} point": [
      "{count} punt",
      "{count} punten"
    ],
    "{count} word": [
      "{count} woord",
      "{count} woorden"
    ],
    "{found} of {total}": "{found} van {total}",
    "{label} added to the ring {ring}.": "{label} toegevoegd aan de ring {ring}.",
    "{label} and {count} relation removed.": [
      "{label} en {count} relatie verwijderd.",
      "{label} en {count} relaties verwijderd."
    ],
    "{label} cannot be removed: {count} actor in the list of actors has this type. Change it there first.": [
      "{label} kan niet worden verwijderd: {count} actor in de lijst met actoren heeft dit type. Wijzig die daar eerst.",
      "{label} kan niet worden verwijderd: {count} actoren in de lijst met actoren hebben dit type. Wijzig die daar eerst."
    ],
    "{label} cannot be removed: {count} actor on the experts' map uses it. Change it there first.": [
      "{label} kan niet worden verwijderd: {count} actor op de kaart van de experts gebruikt dit. Wijzig die daar eerst.",
      "{label} kan niet worden verwijderd: {count} actoren op de kaart van de experts gebruiken dit. Wijzig die daar eerst."
    ],
    "{label} cannot be removed: {count} relation on the experts' map has this type. Change it there first.": [
      "{label} kan niet worden verwijderd: {count} relatie op de kaart van de experts heeft dit type. Wijzig die daar eerst.",
      "{label} kan niet worden verwijderd: {count} relaties op de kaart van de experts hebben dit type. Wijzig die daar eerst."
    ],
    "{label} changed.": "{label} gewijzigd.",
    "{label} is already on the map.": "{label} staat al op de kaart.",
    "{label} is now in the ring {ring}.": "{label} staat nu in de ring {ring}.",
    "{label} moved to place {number}.": "{label} verplaatst naar plaats {number}.",
    "{label} moved.": "{label} verplaatst.",
    "{label} removed.": "{label} verwijderd.",
    "{label}: {type}, ring {ring}, {count} relation": [
      "{label}: {type}, ring {ring}, {count} relatie",
      "{label}: {type}, ring {ring}, {count} relaties"
    ],
    "{learners} learners, {attempts} attempts.": "{learners} deelnemers, {attempts} pogingen.",
    "{left} more needed": "nog {left} nodig",
    "{over} over the maximum": "{over} boven het maximum",
    "{title}: {score}": "{title}: {score}",
    "{value}%": "{value}%"
  };
  for (const key in newcatalog) {
    django.catalog[key] = newcatalog[key];
  }
  

  if (!django.jsi18n_initialized) {
    django.gettext = function(msgid) {
      const value = django.catalog[msgid];
      if (typeof value === 'undefined') {
        return msgid;
      } else {
        return (typeof value === 'string') ? value : value[0];
      }
    };

    django.ngettext = function(singular, plural, count) {
      const value = django.catalog[singular];
      if (typeof value === 'undefined') {
        return (count == 1) ? singular : plural;
      } else {
        return value.constructor === Array ? value[django.pluralidx(count)] : value;
      }
    };

    django.gettext_noop = function(msgid) { return msgid; };

    django.pgettext = function(context, msgid) {
      let value = django.gettext(context + '\x04' + msgid);
      if (value.includes('\x04')) {
        value = msgid;
      }
      return value;
    };

    django.npgettext = function(context, singular, plural, count) {
      let value = django.ngettext(context + '\x04' + singular, context + '\x04' + plural, count);
      if (value.includes('\x04')) {
        value = django.ngettext(singular, plural, count);
      }
      return value;
    };

    django.interpolate = function(fmt, obj, named) {
      if (named) {
        return fmt.replace(/%\(\w+\)s/g, function(match){return String(obj[match.slice(2,-2)])});
      } else {
        return fmt.replace(/%s/g, function(match){return String(obj.shift())});
      }
    };


    /* formatting library */

    django.formats = {
    "DATETIME_FORMAT": "j F Y H:i",
    "DATETIME_INPUT_FORMATS": [
      "%d-%m-%Y %H:%M:%S",
      "%d-%m-%y %H:%M:%S",
      "%Y-%m-%d %H:%M:%S",
      "%d/%m/%Y %H:%M:%S",
      "%d/%m/%y %H:%M:%S",
      "%Y/%m/%d %H:%M:%S",
      "%d-%m-%Y %H:%M:%S.%f",
      "%d-%m-%y %H:%M:%S.%f",
      "%Y-%m-%d %H:%M:%S.%f",
      "%d/%m/%Y %H:%M:%S.%f",
      "%d/%m/%y %H:%M:%S.%f",
      "%Y/%m/%d %H:%M:%S.%f",
      "%d-%m-%Y %H.%M:%S",
      "%d-%m-%y %H.%M:%S",
      "%d/%m/%Y %H.%M:%S",
      "%d/%m/%y %H.%M:%S",
      "%d-%m-%Y %H.%M:%S.%f",
      "%d-%m-%y %H.%M:%S.%f",
      "%d/%m/%Y %H.%M:%S.%f",
      "%d/%m/%y %H.%M:%S.%f",
      "%d-%m-%Y %H:%M",
      "%d-%m-%y %H:%M",
      "%Y-%m-%d %H:%M",
      "%d/%m/%Y %H:%M",
      "%d/%m/%y %H:%M",
      "%Y/%m/%d %H:%M",
      "%d-%m-%Y %H.%M",
      "%d-%m-%y %H.%M",
      "%d/%m/%Y %H.%M",
      "%d/%m/%y %H.%M",
      "%Y-%m-%d"
    ],
    "DATE_FORMAT": "j F Y",
    "DATE_INPUT_FORMATS": [
      "%d-%m-%Y",
      "%d-%m-%y",
      "%d/%m/%Y",
      "%d/%m/%y",
      "%Y/%m/%d",
      "%Y-%m-%d"
    ],
    "DECIMAL_SEPARATOR": ",",
    "FIRST_DAY_OF_WEEK": 1,
    "MONTH_DAY_FORMAT": "j F",
    "NUMBER_GROUPING": 3,
    "SHORT_DATETIME_FORMAT": "j-n-Y H:i",
    "SHORT_DATE_FORMAT": "j-n-Y",
    "THOUSAND_SEPARATOR": ".",
    "TIME_FORMAT": "H:i",
    "TIME_INPUT_FORMATS": [
      "%H:%M:%S",
      "%H:%M:%S.%f",
      "%H.%M:%S",
      "%H.%M:%S.%f",
      "%H.%M",
      "%H:%M"
    ],
    "YEAR_MONTH_FORMAT": "F Y"
  };

    django.get_format = function(format_type) {
      const value = django.formats[format_type];
      if (typeof value === 'undefined') {
        return format_type;
      } else {
        return value;
      }
    };

    /* add to global namespace */
    globals.pluralidx = django.pluralidx;
    globals.gettext = django.gettext;
    globals.ngettext = django.ngettext;
    globals.gettext_noop = django.gettext_noop;
    globals.pgettext = django.pgettext;
    globals.npgettext = django.npgettext;
    globals.interpolate = django.interpolate;
    globals.get_format = django.get_format;

    django.jsi18n_initialized = true;
  }
};


                  }
                };
                WeerbaarI18n.init();
                global.WeerbaarI18n = WeerbaarI18n;
            }(this));
        