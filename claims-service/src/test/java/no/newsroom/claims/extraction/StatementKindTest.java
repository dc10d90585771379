package no.newsroom.claims.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whether an attributed sentence states a checkable fact or a view: evaluative and intensifying words, images and
 * comparisons, and the speaker's own experience weigh towards a view; a number or a name in the statement weighs
 * towards a fact.
 */
class StatementKindTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | "The old bridge literally shook the whole town," the engineer said.
            en | "The committee is so focused on procedure that nothing gets done," Jones said.
            en | "It felt like a dream, and I enjoyed every minute of it," the runner said.
            en | "A city is to its people as a ship is to its crew," the mayor once said.
            en | "The storm was particularly harsh on the coast," the forecaster said.
            en | Whenever critics say the plan costs too much, the minister smiles.
            nb | – Kampen ble som et eventyr, og jeg koste meg hele veien, sier løperen.
            nb | – Dette er så godt gjort av hele laget, sier treneren.
            nb | Byen ligger som ei perle langs fjorden, sa ordføreren.
            nb | – Det er helt uaktuelt å selge gården, sier bonden.
            nb | Pasientene lytter når legene sier at sjansen for bedring er liten.
            nb | – Dette er en skandale, sier Per Hansen til NTB.
            nb | Samtidig sier flere eksperter til NTB at det er svært sannsynlig at saken ble diskutert.
            nb | – Jeg har ikke bestemt meg ennå, sier han til NTB.
            nb | Han skrev en kronikk i Aftenposten om skolepolitikken.
            en | "This is a disgrace," Smith told Reuters.
            en | The agency says some crops may have higher yields with more carbon dioxide.
            en | It is likely that the talks covered the nuclear programme, diplomats said.
            en | She told the BBC she was looking forward to the match.
            en | The minister said a more general reflection is needed.
            nb | – Dette er helt uholdbart, sier forbundsleder Per Hansen til NTB.
            nb | Hun sier det er for tidlig å si noe om årsaken.
            en | "It's a tragedy," a neighbour said.
            nb | – Vi tar kritikken på største alvor, sier rådmannen til Bergens Tidende.
            nb | – Jeg tenker på dem hver eneste dag, forteller moren.
            en | "I miss him every day," his mother said.
            nb | – Vi kunne ikke gjort stort annerledes, sier treneren.
            nb | Hun sier at de skulle reise til Spania i sommer.
            en | "We'll see what happens," he said.
            en | "I'd like to thank everyone," she told reporters.
            nb | – Dette er en seier for demokratiet, sier opposisjonslederen.
            nb | Han sier at dette er et vendepunkt for byen.
            en | "This is about trust," the prime minister told the BBC.
            nb | Ifølge loven skal alle barn ha plass i barnehagen.
            en | According to the plan, the road is finished in 2025.
            en | Prices vary according to season.
            """)
    void shouldNotTakeAViewForAClaim(String language, String sentence) {
        assertEquals(0, EXTRACTOR.extract(sentence, language).candidates().size());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | "The old bridge literally shook when 40 trucks crossed it," the engineer said.
            en | "I saw the car hit the wall," the witness said.
            en | The ministry said the storm damaged 300 homes.
            nb | – Jeg ble slått ned utenfor utestedet, sier mannen.
            nb | – Dette er så godt gjort at 12 000 tilskuere reiste seg, sier treneren.
            nb | Politiet sier at to personer er pågrepet.
            nb | Politiet sier at tre personer kan ha omkommet i brannen.
            en | Police said the gunman may have fired 40 shots.
            en | The ministry said the storm damaged 300 homes, about which it wrote a report.
            nb | – Vi har pågrepet mannen i leiligheten hans, sier politiadvokaten.
            nb | – Vi vet at mannen ble sett i Bergen, sier politiet.
            en | "We have recovered the stolen paintings," the detective said.
            en | "I'd seen the car twice before," the witness said.
            nb | Politiet sier at brannen kunne ha startet i kjelleren.
            en | "This is the third time the bridge has collapsed in 40 years," the engineer said.
            nb | – Dette er andre gang på to år at hallen brenner, sier brannsjefen.
            """)
    void shouldKeepAFactReportedWithOrWithoutSignsOfAView(String language, String sentence) {
        assertEquals(1, EXTRACTOR.extract(sentence, language).candidates().size());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            nb | – Ingen kommentar til det, sier advokaten.
            nb | – Et eventyr fra start til slutt, sier kapteinen.
            nb | – Selv om vi tapte i fjor, sier kapteinen.
            nb | – For de unge spillerne, sier treneren.
            nb | Han sa dette til NRK etter kampen.
            nb | – Den største seieren i karrieren, sier løperen.
            nb | – Dette gjelder nok flere skoler, sier rektoren.
            nb | – Prisene stiger nok i høst, sier megleren.
            nb | – Jeg ser for meg en ny hall på tomten, sier ordføreren.
            nb | – Vi prøver å finne en løsning, sier lederen.
            nb | – Målet er å vinne serien, sier treneren.
            nb | Kampen er ventet å trekke fullt hus, opplyser klubben.
            nb | – Han er en god keeper, sier treneren.
            nb | – Jeg har lyst til å fortsette, sier løperen.
            nb | – Kommunen har ikke noe ønske om å selge tomten, sier rådmannen.
            """)
    void shouldNotTakeAStatementWithoutAVerbOrWithAProbablyOrAWishForAClaim(String language, String sentence) {
        assertEquals(0, EXTRACTOR.extract(sentence, language).candidates().size());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            nb | – Vi slapp mannen inn i huset, sier naboen.
            nb | Politiet sier at bilen sank etter få minutter.
            nb | – Tre døde, sier politiet.
            nb | Kommunen har nok penger til å bygge hallen, sier rådmannen.
            nb | – Han gikk ut døra klokka ti, sier naboen.
            """)
    void shouldKeepAStatementWithAStrongPastAFigureOrNokAsEnough(String language, String sentence) {
        assertEquals(1, EXTRACTOR.extract(sentence, language).candidates().size());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The minister said it was time to move on.
            en | The company said it was considering legal action.
            en | The army said it was preparing to withdraw its troops.
            en | The company wants a new trial, its lawyer said.
            en | The senator said the decision was a mistake.
            en | The spokesman said the talks were constructive.
            en | The chairman said the results were encouraging.
            en | She stressed the importance of education.
            en | It remains to be seen whether the deal will hold, analysts said.
            en | The minister said it was unclear whether the talks would resume.
            en | He said he doubts the plan will work.
            nb | Partiet jobber for å få flere kvinner inn på Stortinget, sier lederen.
            nb | Regjeringen forbereder nye tiltak, opplyser departementet.
            nb | Det er uklart om forhandlingene fortsetter, sier kilder til NTB.
            nb | Det gjenstår å se om avtalen holder, sier analytikeren.
            nb | Han sier angrepet var feigt.
            nb | Talsmannen sier samtalene var konstruktive.
            nb | Styrelederen sier resultatene er oppmuntrende.
            nb | – Det var helt vilt, sier han til VG.
            nb | Ordføreren sier at byen er vakker om våren.
            nb | Ekspertene sier at det er for tidlig å trekke konklusjoner.
            nb | – Jeg har aldri opplevd noe lignende, sier hun til NRK.
            nb | – Spillerne var flinke i dag, sier treneren.
            nb | – Det var tøffe forhold i løypa, sier løperen.
            en | "We played well in the first half," Smith told the BBC.
            en | He said yes to the offer.
            en | Microsoft said it was time for users to upgrade.
            en | "It is too early to say what caused the fire," the chief said.
            en | The company said in a statement that it regretted the incident.
            en | He said he was sorry for what happened.
            en | She said the film was her favourite.
            en | They said the new rules were meant to protect children.
            nb | Hun sier at filmen er favoritten hennes.
            nb | Han sier at han angrer på det som skjedde.
            en | "It means a lot to me," he said after the match.
            en | She said that she loves working with children.
            en | "The music speaks for itself," the singer said.
            en | "It's all about teamwork," the coach explained.
            nb | – Det betyr mye for meg, sier han etter kampen.
            nb | – Musikken taler for seg selv, sier sangeren.
            nb | – Det handler bare om lagarbeid, sier treneren.
            nb | – Å trene jevnlig er kjempeviktig for eldre, sier legen.
            nb | – Han er knallsterk i bakkene, sier treneren.
            nb | – Det var en jævla god kamp, sier kapteinen.
            nb | – Du er en helt, sier ordføreren til brannmannen.
            en | "You are a hero," the mayor told the firefighter.
            nb | – Det stemmer, bekrefter advokaten.
            en | "That is correct," the spokesman confirmed.
            nb | – Ingen kommentar, sier advokaten.
            """)
    void shouldNotTakeAPlanAnUncertaintyOrAnEvaluationForAClaim(String language, String sentence) {
        assertEquals(0, EXTRACTOR.extract(sentence, language).candidates().size());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            nb | Han sier at butikken er solgt til en kjede, og skal åpne igjen i mai.
            nb | Det er over 300 deltakere, og det blir spennende å se hvem som vinner, sier arrangøren.
            en | The bridge has been closed since Monday, and it will reopen next month, officials said.
            en | "The company lost 40 customers, but I think we will recover," the director said.
            en | The bridge is unsafe — 40 cars were stuck on it, according to police -- and it may never reopen.
            nb | Brua er utrygg – 40 biler satt fast på den, ifølge politiet – og den kan bli revet.
            nb | – Kjempene fra Kina kjøpte 40 prosent av aksjene, sier analytikeren.
            """)
    void shouldKeepAnEventReportedBesideAPlanOrAView(String language, String sentence) {
        assertEquals(1, EXTRACTOR.extract(sentence, language).candidates().size());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            nb | – Vi skal gjøre vårt beste, og vi håper på fullt hus, sier treneren.
            en | "We will do our best, and we hope for a full house," the coach said.
            nb | Han sier han trives på Rådhuset, og håper å komme tilbake snart.
            """)
    void shouldNotTakeJoinedPlansAndViewsForAClaim(String language, String sentence) {
        assertEquals(0, EXTRACTOR.extract(sentence, language).candidates().size());
    }
}
