package no.newsroom.claims.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The relay forms news text uses to say who made a statement (claimant) and which outlet passed it on (source):
 * inverted verbs, "til"/"told" an outlet, interviews, agency bylines, nested relays, titles and pronouns that refer
 * back in a live report.
 */
class AttributionFormsTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            nb | Tre personer er skadet, melder NRK.                                           | NRK             | -
            nb | Over 200 mennesker er evakuert, skriver VG.                                   | VG              | -
            nb | Ifølge NTB sier politiet at tre personer er skadet.                           | politiet        | NTB
            nb | Politiet opplyser til NTB at to personer er pågrepet.                         | Politiet        | NTB
            nb | Ordfører Kari Hansen sier til Adresseavisen at 40 boliger er uten strøm. | Kari Hansen | Adresseavisen
            nb | Han har vært ute tre ganger, sier Lund Svindal til Dagbladet.no. | Lund Svindal | Dagbladet.no
            nb | Tre personer er pågrepet, sier politiadvokat Ola Berg til bt.no. | Ola Berg | bt.no
            nb | Brannen startet i en garasje, opplyser innsatsleder Kari Lie til nettavisen.no. | Kari Lie | nettavisen.no
            nb | Helseminister Ingvild Kjerkol sier i et intervju med NRK at 1200 venter.      | Ingvild Kjerkol | NRK
            nb | Forsvaret hevder at 300 soldater er drept, melder Reuters. | Forsvaret | Reuters
            nb | Russiske medier melder, ifølge Reuters, at to fly er skutt ned. | Russiske medier | Reuters
            nb | CNN melder at kilder i Mitt Romneys stab ikke har innrømmet tapet. | kilder i Mitt Romneys stab | CNN
            en | Reuters reported that diplomatic sources had seen 300 troops. | diplomatic sources | Reuters
            nb | Ifølge CNN leder nå Obama med 52 prosent.                                     | CNN             | -
            nb | Politimester Ola Berg sier at tre personer er skadet.                         | Ola Berg        | -
            nb | Ifølge tankesmien Council on Foreign Relations går 90 prosent dit. | Council on Foreign Relations | -
            nb | Oslo (NTB): Tre personer omkom i brannen, opplyser politiet.                  | politiet        | NTB
            nb | Han sier til TV 2 at tjue personer er savnet.                                 | -               | TV 2
            en | Police told the Associated Press that no one was injured. | Police | Associated Press
            en | Three people died, Reuters reports.                                           | Reuters         | -
            en | The United States said the talks had failed.                                  | United States   | -
            en | The report states that 40 people died.                                        | -               | -
            en | The data show that crime fell by 10 percent last year.                        | -               | -
            en | KYIV (Reuters) - Ukraine's military said 12 drones were shot down. | Ukraine's military | Reuters
            en | "There was no consultation," said Ms. Gillard.                                | Gillard         | -
            en | Dr Ann Lowe, who led the trial, said 40 patients recovered.                    | Ann Lowe        | -
            nb | I fjor viste tall fra Nav at 3000 personer mistet jobben.                     | Nav             | -
            en | Speaking to reporters, Lee said 40 homes were flooded.                        | Lee             | -
            en | Professor Ann Lowe of Leeds University said 12 labs had closed.               | Ann Lowe        | -
            en | Police told the Kyodo news agency that 12 homes had burned.                   | Police          | Kyodo
            en | 12 homes had burned, Kyodo News Agency reported.                              | Kyodo News Agency | -
            en | On Friday, inspectors visited the plant, where they said 12 pumps had failed. | inspectors      | -
            en | Ann Lowe visited the plant, where she said 12 pumps had failed.              | Ann Lowe        | -
            nb | Brannfolkene kom til stedet, og de opplyste at 12 leiligheter var tomme.     | Brannfolkene    | -
            en | WHO say iodine deficiency causes brain damage.                                | WHO             | -
            en | The mayor said in an interview with CNN that 300 homes were flooded.          | mayor           | CNN
            nb | Helsedirektoratet har to ganger bekreftet at 12 pasienter er smittet. | Helsedirektoratet | -
            en | The ministry has twice confirmed that 12 patients were infected.           | ministry        | -
            en | "I'm told the bridge is closed," the mayor said.                             | mayor           | -
            en | A survey has shown that few farmers, if any, use the new seed.              | survey          | -
            en | The report found that 30 percent of schools lacked heating.                 | -               | -
            en | Smith said he had worked at the plant for 20 years.                          | Smith           | -
            en | Smith, 45, said he had worked at the plant for 20 years.                     | Smith           | -
            nb | 42-åringen forklarte i retten at han hadde drukket seks øl.                  | 42-åringen      | -
            nb | NRK har fått bekreftet at 200 ansatte blir sagt opp.                         | NRK             | -
            nb | VG kjenner til at 15 personer er avhørt i saken.                             | VG              | -
            nb | Ifølge beregninger fra Finansdepartementet koster reformen 2,1 milliarder kroner. | Finansdepartementet | -
            nb | Sjefen for Hæren, generalmajor Lars Lervik, bekrefter at 50 soldater er sendt dit. | Lars Lervik | -
            nb | – Vi har levert 300 hytter i år, sier daglig leder Per Hansen i Hyttebygg AS. | Per Hansen  | -
            nb | – Vi har levert 300 hytter i år, sier salgssjef Kari Olsen i Hyttebygg til NTB. | Kari Olsen | NTB
            nb | Vi har målt 40 skjelv, sier professor Ola Dahl ved Universitetet i Bergen.    | Ola Dahl        | -
            nb | Vi har levert 300 hytter, sa Hansen i går.                                   | Hansen          | -
            nb | Han har ikke betalt skatt på fem år, skriver Dagbladet på sine nettsider.     | Dagbladet       | -
            nb | Finansminister Siv Jensen (Frp) sier at 100 millioner kroner er satt av.      | Siv Jensen      | -
            en | According to a statement from the ministry, 40 people were arrested.      | ministry        | -
            nb | Tre hus brant ned i natt, sier en eldre mann i 70-årene til NTB.             | eldre mann i 70-årene | NTB
            nb | De betalte 500 kroner for pakken, sier en ung kvinne.                         | ung kvinne      | -
            nb | Fem personer er skadet, sier en lege.                                         | lege            | -
            nb | Kari Olsen møtte pressen i dag. – Vi har funnet 20 kilo hasj, sier hun.     | Kari Olsen      | -
            nb | Statsadvokat Per Lie leder saken. Han sier at 14 personer er avhørt.         | Per Lie         | -
            en | Mayor Ann Lee visited the site. "We counted 40 damaged homes," she said.     | Ann Lee         | -
            nb | Ifølge en pressemelding fra Equinor er produksjonen stanset i to felt.       | Equinor         | -
            en | In an interview with the Guardian, Smith said he had lost 20 pounds.        | Smith           | Guardian
            en | Prosecutors allege that Smith stole $2 million from the charity.             | Prosecutors     | -
            nb | Ifølge Finansavisen skal det dreie seg om underslag av 40 millioner kroner. | Finansavisen | -
            en | Forty homes in the northern suburbs were searched overnight and two men were arrested, police said — Reuters, 3 March 2009 | police | Reuters
            en | Smith told LA Weekly that 40 homes were searched.                             | Smith           | LA Weekly
            en | Police told the New Zealand Herald that 12 people were arrested.              | Police          | New Zealand Herald
            nb | Tre personer ble pågrepet, sier Per Hansen til VG Nett.                       | Per Hansen      | VG Nett
            nb | Tolv personer ble evakuert, sier lensmann Ola Berg til Aftenbladet.           | Ola Berg        | Aftenbladet
            nb | Det var 40 personer på stedet, sier Kari Olsen, leder for klubben ved skolen, til BT.no. | Kari Olsen | BT.no
            nb | Prinsen skal ha betalt 40 millioner kroner, skriver blant annet The Telegraph. | The Telegraph  | -
            nb | Fabrikken ble stengt i 2009, skrev nyhetsbyrået AFP før helgen.               | AFP             | -
            nb | I et intervju med NRK fortalte hun at fabrikken stenger 40 linjer.         | -               | NRK
            nb | Til VG sier han at 30 hytter er solgt.                                        | -               | VG
            nb | Overfor Aftenposten bekrefter brannvesenet at fire boliger brant. | brannvesenet | Aftenposten
            nb | Etter møtet sa han at 12 ansatte er permittert.                               | -               | -
            nb | Hansen sier han har solgt hytta.                                              | Hansen          | -
            en | The Guardian first reported that 40 officers were suspended.                  | The Guardian    | -
            nb | Etter hva Aftenposten.no erfarer, er 40 ansatte sagt opp.                     | Aftenposten.no  | -
            nb | Bodø kommune har brukt 40 millioner kroner på skolen, skriver Avisa Nordland. | Avisa Nordland  | -
            nb | Ifølge NTB kostet bygget 12 millioner kroner.                                  | NTB             | -
            en | Governor of Washington Chris Gregoire said 300 homes were destroyed.         | Chris Gregoire  | -
            en | Executive director of CAIR Alia Salem said 40 mosques were vandalised.       | Alia Salem      | -
            en | Mr Panvalkar said 40 families lived in the building.                          | Panvalkar       | -
            en | K.C. Maurer said 500 institutions received the invitation.                    | K.C. Maurer     | -
            en | The crane killed 107 people, according to Saudi Arabia's Civil Defense Authority. | Saudi Arabia's Civil Defense Authority | -
            nb | «Jeg ble slått ned 40 ganger», skriver Rehman i boka «Blåveis».             | Rehman          | -
            nb | Men Hansen understreker at 40 pasienter er smittet.                          | Hansen          | -
            en | Smith emphasised that 40 patients were infected.                              | Smith           | -
            en | Officials said two of the five victims were children.                         | Officials       | -
            en | According to the Office for National Statistics, unemployment rose to 4.2 percent. | Office for National Statistics | -
            en | The company reported a loss of $3.2 billion in the third quarter.             | company         | -
            en | The death toll has risen to 57, state media reported.                         | state media     | -
            nb | Medier skriver at Clinton leverte 40 brev til Kim, men Det hvite hus benekter dette. | Medier  | -
            nb | Ifølge Det hvite hus ble 40 soldater drept.                                     | Det hvite hus   | -
            nb | Fergen ble innstilt, opplyser vakthavende Kari Lie i brann- og redningsetaten til NRK. | Kari Lie | NRK
            nb | Selskapet har sagt opp 80 ansatte, bekrefter daglig leder Ola Dahl overfor E24.  | Ola Dahl        | E24
            nb | Partiet har mistet 2000 medlemmer, sier Venstres Ola Dahl til Bergens Tidende. | Ola Dahl | Bergens Tidende
            nb | Statsminister Jonas Gahr Støre sier at 300 soldater er sendt.                  | Jonas Gahr Støre | -
            en | Microsoft's Jane Roe said 30 servers had failed.                              | Jane Roe        | -
            nb | Vi har tatt imot 90 søknader, sier Kari Lie til P4.                            | Kari Lie        | P4
            nb | Vi har tatt imot 90 søknader, sier Kari Lie til Dagsavisen.                    | Kari Lie        | Dagsavisen
            nb | Vi har tatt imot 90 søknader, sier Kari Lie til NRK Hordaland.                 | Kari Lie        | NRK Hordaland
            nb | Fire hytter brant ned, melder NRK Troms.                                       | NRK Troms       | -
            en | Twelve trains were cancelled, Ann Lee told Wikinews.                           | Ann Lee         | Wikinews
            en | Twelve trains were cancelled, Ann Lee told NPR.                                | Ann Lee         | NPR
            en | Twelve trains were cancelled, Ann Lee told BBC Radio Scotland.                 | Ann Lee         | BBC Radio Scotland
            en | Speaking with Sky News, Ann Lee said twelve trains were cancelled.            | Ann Lee         | Sky News
            en | Writing in the Guardian, Ann Lee said twelve trains were cancelled.           | Ann Lee         | Guardian
            nb | Kari Lie skriver i Klassekampen at 40 skoler mangler lærere.                   | Kari Lie        | Klassekampen
            en | Twelve trains were cancelled, Ann Lee told the Orlando Sentinel.              | Ann Lee         | Orlando Sentinel
            en | Twelve trains were cancelled, according to a report in the Toronto Star.      | Toronto Star    | -
            nb | Utbyggingen kostet 3 milliarder kroner, ifølge en rapport fra Riksrevisjonen. | Riksrevisjonen  | -
            nb | Utbyggingen kostet 3 milliarder kroner, ifølge rapporten.                      | -               | -
            en | Twelve trains were cancelled, Ann Lee, 52, a local teacher, said.             | Ann Lee         | -
            nb | Kari Lie skal ha sagt til Dagbladet at 40 skoler mangler lærere.              | Kari Lie        | Dagbladet
            nb | Skolen har 300 elever, ifølge nettstedet Khrono.no.                           | Khrono.no       | -
            en | Twelve trains were cancelled, Ann Lee was quoted by Reuters as saying.        | Ann Lee         | Reuters
            en | Ann Lee was quoted as saying by the BBC that twelve trains were cancelled.   | Ann Lee         | BBC
            en | Twelve trains were cancelled, Ann Lee told the Scottish newspaper The Herald. | Ann Lee       | The Herald
            en | Ann Lee told the Times that twelve trains were cancelled.                     | Ann Lee         | Times
            nb | Skolen har 300 elever, går det fram av en rapport fra Utdanningsdirektoratet. | Utdanningsdirektoratet | -
            nb | Det går fram av en rapport fra Utdanningsdirektoratet at skolen har 300 elever. | Utdanningsdirektoratet | -
            nb | Skolen har 300 elever, heter det i en pressemelding fra kommunen.             | kommunen        | -
            nb | Rektor ved skolen, Kari Lie (48), sier at 300 elever har søkt.                | Kari Lie        | -
            en | Ann Lee confirmed to the BBC that twelve trains were cancelled.              | Ann Lee         | BBC
            en | The operator confirmed to Reuters that twelve trains were cancelled.         | operator        | Reuters
            nb | Skolen har 300 elever, sier Hans H. Lie.                                       | Hans H. Lie     | -
            en | Twelve trains were cancelled, said Ann B. Lee.                                 | Ann B. Lee      | -
            en | Twelve trains were cancelled, according to a report by the BBC.               | BBC             | -
            nb | Ifølge Nav sine tall står 3000 uten jobb.                                      | Nav             | -
            nb | Ifølge Navs tall står 3000 personer uten jobb.                                 | Nav             | -
            nb | Ifølge Dagsavisens opplysninger er 12 ansatte permittert.                      | Dagsavisen      | -
            en | According to the council's website, 300 homes lost power.                      | council         | -
            en | Three hundred homes lost power, according to the utility's count.              | utility         | -
            en | Three hundred homes lost power, people familiar with the repairs said.        | people familiar with the repairs | -
            en | Two engineers familiar with the grid told Reuters that 300 homes lost power. | engineers familiar with the grid | Reuters
            en | Sources close to the mayor said 300 homes lost power.                        | Sources close to the mayor | -
            en | LONDON, March 3 (Reuters) - Police said 12 people were arrested. | Police | Reuters
            nb | BERGEN, 3. mars (NTB): Politiet opplyser at tre personer omkom.              | Politiet        | NTB
            nb | Oslo (NTB-AFP): Tre personer omkom i brannen, opplyser politiet.            | politiet        | NTB
            nb | OSLO (NTB/Reuters): Tre personer omkom i brannen, opplyser politiet.        | politiet        | NTB
            en | PARIS (AFP-Reuters) - Police said 12 people were arrested.                  | Police          | AFP
            nb | Partiet har 3000 medlemmer, sier partileder Carl I. Hagen.                 | Carl I. Hagen   | -
            nb | Partileder Ola I. Dahl sier at laget har 300 medlemmer.                     | Ola I. Dahl     | -
            nb | Tre hytter brant ned, melder NRK Sogn og Fjordane.                         | NRK Sogn og Fjordane | -
            nb | Vi har tatt imot 90 søknader, sier Kari Lie til NRK Møre og Romsdal. | Kari Lie | NRK Møre og Romsdal
            en | Germany's Der Spiegel reported that 40 soldiers were killed.              | Der Spiegel     | -
            en | Forty soldiers were killed, France's Le Monde reported.                    | Le Monde        | -
            nb | Ifølge Tysklands Bild er 40 soldater drept.                                  | Bild            | -
            en | UN Secretary-General Ban Ki-moon said 300 people died.                       | Ban Ki-moon     | -
            en | President Moon Jae-in said 300 homes were destroyed.                        | Moon Jae-in     | -
            nb | Nato-sjef Jens Stoltenberg sier at 300 soldater er sendt.                    | Jens Stoltenberg | -
            en | Smith wrote in 2010 that the plant had closed.                                | Smith           | -
            nb | VG skriver politiet har pågrepet en mann.                                    | VG              | -
            en | Three people were killed according to the police.                            | police          | -
            en | According to law enforcement officials, 40 people were arrested.             | law enforcement officials | -
            en | The bank reported a loss of 40 million dollars in 2010.                      | bank            | -
            en | Police said the man who was reported missing had been found.                 | Police          | -
            en | The police reported by telephone that 40 people were injured.                | police          | -
            en | Cases reported by hospitals rose by 40 percent, the ministry said.           | ministry        | -
            en | Police accused the driver of speeding and said he had been drinking.         | Police          | -
            nb | Politiet rykket ut og sa at 40 personer var evakuert.                        | Politiet        | -
            en | Firefighters arrived at the scene and said three people had died.            | Firefighters    | -
            nb | Politiet kan bekrefte at tre personer er pågrepet.                          | Politiet        | -
            nb | Lensmann Ola Dahl kunne fortelle at to hytter brant ned.                    | Ola Dahl        | -
            en | Police could confirm that three people were arrested.                       | Police          | -
            nb | Hansen kunne også fortelle at 40 hytter er solgt.                            | Hansen          | -
            en | The ministry could later confirm that 12 patients had died.                 | ministry        | -
            """)
    void shouldNameClaimantAndSource(String language, String text, String claimant, String source) {
        // When
        List<ClaimCandidate> candidates = EXTRACTOR.extract(text, language).candidates();

        // Then
        assertEquals(1, candidates.size(), () -> "candidates: " + candidates);
        assertEquals(claimant, candidates.get(0).claimant());
        assertEquals(source, candidates.get(0).source());
    }

    /**
     * The attribution reads the infinitive after a modal as the verb of saying, and the modal with it: "kan bekrefte
     * at" states something, it does not speculate.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            nb | Hansen kunne fortelle at tre personer er pågrepet.      | Hansen
            nb | Politiet kan bekrefte at tre personer er pågrepet.      | Politiet
            nb | Lensmannen kunne opplyse at to hytter brant.            | Lensmannen
            en | Police could confirm that three people were arrested.  | Police
            """)
    void shouldReadTheInfinitiveOfAVerbOfSayingAfterAModalAsAttribution(String language, String text,
            String claimant) {
        Language lang = Language.fromTag(language).orElseThrow();

        Attribution attribution = new AttributionDetector(new WordClasses(lang))
                .detect(text, Tokenizer.tokenize(text, 0, text.length()));

        assertEquals(List.of(claimant), attribution.speakers().stream().map(Speaker::text).toList());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            nb | Han reiste dit for å bekrefte at tre personer er pågrepet.
            nb | Politiet ønsker å fortelle at tre personer er pågrepet.
            """)
    void shouldNotReadAnInfinitiveWithoutAModalAsAttribution(String language, String text) {
        Language lang = Language.fromTag(language).orElseThrow();

        Attribution attribution = new AttributionDetector(new WordClasses(lang))
                .detect(text, Tokenizer.tokenize(text, 0, text.length()));

        assertEquals(List.of(), attribution.speakers());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            nb | Politimester Ola Berg sier at tre er skadet. Han opplyser at 40 er evakuert.   | Ola Berg
            nb | Ordfører Kari Hansen sa at 12 hytter er uten strøm. Ifølge henne er 300 berørt. | Kari Hansen
            nb | Brannvesenet i Bergen opplyser at tre hus brant. De sier at ingen ble skadet. | Brannvesenet i Bergen
            en | Police chief John Smith said three were hurt. According to him, 300 were affected. | John Smith
            en | The fire service said three houses burned. They said no one was hurt.          | fire service
            """)
    void shouldResolveAPronounToWhoTheReportNamedLast(String language, String text, String claimant) {
        List<ClaimCandidate> candidates = EXTRACTOR.extract(text, language).candidates();

        assertEquals(2, candidates.size(), () -> "candidates: " + candidates);
        assertEquals(claimant, candidates.get(1).claimant());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            nb | Oslo (NTB): Tre personer omkom i brannen.
            nb | Søster Solveig fortalte min mor om et spedbarn som kom fra en musikalsk familie.
            en | Microsoft announced on Wednesday a new workplace chat tool.
            nb | Oregons 7 valgmannstemmer går trolig til Barack Obama, melder CNN.
            nb | Ifølge prognosene vinner partiet 40 mandater.
            en | According to legend, the bridge was built in a single night.
            nb | I undersøkelsen svarte 20 prosent ja, mens 40 prosent avviste forslaget.
            nb | I et nytt intervju forteller regissøren mer om «Himmelfall».
            nb | Over 40 frivillige har meldt seg til dugnaden.
            nb | Planen viste seg å koste 40 millioner kroner.
            nb | I filmen viser hun hvordan hun lever.
            nb | På bildet viser han frem 12 nye biler.
            nb | Vi forteller Kyte hva de voksne rundt henne har fortalt til BT om barndommen.
            en | The mayor described how the 40 firefighters fought the blaze.
            nb | I et intervju med Dagbladet snakket skuespilleren om sine 20 år på scenen.
            en | In an interview with the BBC, the actor talked about his 30 years on stage.
            nb | Hun fortalte historien sin til Bergensavisen.
            en | She told her story to the Daily Mail.
            en | The Guardian first reported the story in May.
            en | The director, a keen cyclist, explained to CNN why the city needs 40 new bike lanes.
            en | Several states have passed similar laws this year.
            en | The member states agreed on a new budget last week.
            nb | Han skrev boka i 1998.
            nb | Hun skriver dikt og noveller.
            nb | Han skrev brevet til kommunen i 2004.
            nb | Han skrev 40 sanger som ble hits.
            en | He wrote the book in 1998.
            en | The author wrote three novels before she turned 30.
            en | The band wrote the song when the singer was 17.
            en | Each chapter tells its own story.
            en | The teams are organized according to the West European system.
            en | Seats are weighted according to population.
            en | According to the rules of the game, each team has 11 players.
            nb | Ifølge regelverket må alle søkere ha bodd i kommunen i to år.
            en | The category reported by the respondent was used in the analysis.
            en | The figures reported last year were revised.
            en | Stories that get posted on the site are checked by editors.
            nb | Sakene som ble meldt inn i fjor, var 40.
            en | The former minister accused his rival of being a coward.
            nb | Hun beskylder naboen for å ha stjålet 40 kroner.
            nb | Flere ansatte har meldt fra til Arbeidstilsynet.
            nb | Naboene sa fra til kommunen i 2019.
            """)
    void shouldFindNoClaimWhereNobodyStatesAFact(String language, String text) {
        assertEquals(List.of(), EXTRACTOR.extract(text, language).candidates());
    }
}
