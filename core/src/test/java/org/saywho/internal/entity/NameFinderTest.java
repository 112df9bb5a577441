package org.saywho.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.saywho.Speaker;
import org.saywho.internal.doc.Article;
import org.saywho.internal.lexicon.Gender;
import org.saywho.internal.pipeline.Models;
import org.saywho.internal.pipeline.TestPipeline;

class NameFinderTest {

  private static NameMention mention(String text, String name) {
    return mentionWhere(text, name, start -> true);
  }

  /** The name {@code name} whose mention starts at character {@code start}. */
  private static NameMention mentionAt(String text, String name, int start) {
    return mentionWhere(text, name, at -> at == start);
  }

  private static NameMention mentionWhere(String text, String name, IntPredicate start) {
    Article doc = TestPipeline.read(text);
    Models m = TestPipeline.models();
    return new NameFinder(m.words(), m.entities(), doc.tokens()).find().stream()
        .filter(n -> start.test(doc.tokens().start(n.first())) && doc.tokens().span(n.first(), n.last()).in(text).equals(name))
        .findFirst().orElseThrow();
  }

  @Test
  void nameAfterTheSentencesFirstWord_takesItIn_whenTheArticleWritesThemAsOneNameElsewhere() {
    String text = "Live Nation said prices were set by artists. Ticketmaster owner Live Nation will appeal.";
    assertThat(mention(text, "Live Nation").first()).isZero();
    String alone = "Live Nation said prices were set by artists. The company will appeal.";
    Article doc = TestPipeline.read(alone);
    Models m = TestPipeline.models();
    assertThat(new NameFinder(m.words(), m.entities(), doc.tokens()).find())
        .noneMatch(n -> doc.tokens().span(n.first(), n.last()).in(alone).equals("Live Nation"));
  }

  @Test
  void nameInAppositionToTheOpeningDescription_isTheSubjectOfTheVerbAfterIt() {
    assertThat(mention("The mayor of Toronto, Olivia Chow, welcomed the news.", "Olivia Chow").subject()).isTrue();
  }

  @Test
  void nameInAppositionToAnObject_isNoSubject() {
    assertThat(mention("Reporters asked the mayor of Toronto, Olivia Chow, about the plan.", "Olivia Chow").subject()).isFalse();
    assertThat(mention("The mayor of Toronto, Olivia Chow, and her deputy welcomed the news.", "Olivia Chow").subject()).isFalse();
  }

  @Test
  void nameCoordinatedWithAnotherBeforeAComma_isNoSubjectAlone_butANameOpeningAClauseAfterAndIs() {
    assertThat(mention("Her kids, Ava and Liam, had to change schools.", "Liam").subject()).isFalse();
    assertThat(mention("The talks ended, and Guilbeault, visibly tired, left the room.", "Guilbeault").subject()).isTrue();
  }

  @Test
  void nameStressedByAReflexive_isTheSubjectOfTheVerbAfterIt_butNotAsTheReflexiveObject() {
    assertThat(mention("Saka himself played down his contribution.", "Saka").subject()).isTrue();
    assertThat(mention("The coach praised Saka himself for the win.", "Saka").subject()).isFalse();
  }

  @Test
  void oneWordNameOpeningASentenceBeforeWhich_isABodyInEveryMention_butNotAfterAnObject() {
    String text = "Kenya's Safaricom reported a rise in profit. Safaricom, which is owned by Vodacom, said revenue grew.";
    assertThat(mention(text, "Safaricom").type()).isEqualTo(Speaker.Type.ORGANIZATION);
    assertThat(mention("The board thanked Obama, which pleased investors.", "Obama").type()).isEqualTo(Speaker.Type.PERSON);
  }

  @Test
  void nameOfSeveralWordsOpeningASentenceBeforeWhich_isABody_evenWhenItsLastWordFollowsSaid() {
    String text = "Her office said Ontario had already acted.\n\nColleges Ontario, which represents 24 colleges, "
        + "warned of layoffs.";
    assertThat(mention(text, "Colleges Ontario").type()).isEqualTo(Speaker.Type.ORGANIZATION);
    assertThat(mention("Elon Musk ran the firm. Shares fell, said Musk.", "Elon Musk").type())
        .isEqualTo(Speaker.Type.PERSON);
  }

  @Test
  void lastWordAfterSaidBeforeAVerb_doesNotMakeATwoWordNameAPersons() {
    String text = "Her office said Ontario had already acted. Colleges Ontario warned of layoffs.";
    assertThat(mention(text, "Colleges Ontario").type()).isNotEqualTo(Speaker.Type.PERSON);
  }

  @Test
  void nameOpeningWithAPlacesWord_isAPlace_butNotAfterATitle() {
    assertThat(mention("Residents of Fort McMurray were told to leave.", "Fort McMurray").type())
        .isEqualTo(Speaker.Type.ORGANIZATION);
    assertThat(mention("Mayor Lake Wilson said the roads were closed.", "Lake Wilson").type())
        .isEqualTo(Speaker.Type.PERSON);
  }

  @Test
  void initialWithoutItsStopBeforeASurname_isAPersonsName_withTheTitleBeforeIt_butNotAPartyAndState() {
    NameMention m = mention("Leader of the Opposition R Ashoka said the government had failed.", "R Ashoka");
    assertThat(m.type()).isEqualTo(Speaker.Type.PERSON);
    assertThat(role("Leader of the Opposition R Ashoka said the government had failed.", "R Ashoka"))
        .isEqualTo("Leader of the Opposition");
    assertThat(mention("Rep. Jason Chaffetz (R-Utah) said the FBI should share the file.", "R-Utah").type())
        .isNotEqualTo(Speaker.Type.PERSON);
  }

  @Test
  void listedGivenNameEndingANameAfterAnUnlistedOneAndATitle_isTheSurname_butNotBeforeAnotherWord() {
    assertThat(names("The study was led by Dr Mingyang Song of the Harvard T.H. Chan School of Public Health."))
        .contains("Mingyang Song");
    assertThat(names("Former Miss Universe Alicia Machado said she would stand up to the attacks."))
        .contains("Alicia Machado");
  }

  @Test
  void capitalisedAdjectiveBeforeACompanysLegalName_opensIt_butNotBeforeATitle() {
    assertThat(names("Canadian Tire Corp. Ltd. is cutting 3 per cent of its jobs.")).contains("Canadian Tire Corp. Ltd.");
    assertThat(names("Canadian Prime Minister Mark Carney said the talks would resume.")).doesNotContain(
        "Canadian Prime Minister Mark Carney");
  }

  @Test
  void companyNamedAgainWithoutItsLegalForm_isAName_butNotWithoutTheLegalNameBefore() {
    assertThat(names("Canadian Tire Corp. Ltd. is cutting jobs. Canadian Tire said it expects a charge."))
        .containsExactly("Canadian Tire Corp. Ltd.", "Canadian Tire");
    assertThat(names("Canadian Tire said it expects a charge.")).doesNotContain("Canadian Tire");
  }

  @Test
  void bodyAndAMembersTitle_isNoName_butAnHonorificAndAnOfficeLikeSurnameIs() {
    assertThat(names("But one senior Labour MP said the leadership had misjudged the mood.")).doesNotContain("Labour MP");
    assertThat(names("The Liberal Senator said the bill would pass.")).doesNotContain("Liberal Senator");
    assertThat(names("A Democrat, Mr. Justice is running to become governor.")).contains("Justice");
  }

  @Test
  void capitalisedWordAfterAOneWordNameBetweenCommas_isItsSurname_butOnlyBeforeTheClosingComma() {
    assertThat(names("The company's chief executive, Elon Musk, wrote on Twitter that the factory would reopen."))
        .contains("Elon Musk");
    assertThat(names("The company's chief executive, Elon Bold, wrote on Twitter that the factory would reopen."))
        .contains("Elon Bold");
    assertThat(names("The company's chief executive, Elon Bold and the board wrote on Twitter that the factory would reopen."))
        .doesNotContain("Elon Bold");
  }

  @Test
  void titleThatIsAFirstName_afterALowerCaseRole_isTheGivenName() {
    NameMention m = mention("Senior forecaster Dean Narramore said more rain would fall.", "Dean Narramore");
    assertThat(m.type()).isEqualTo(org.saywho.Speaker.Type.PERSON);
    assertThat(m.evidence()).isEqualTo(org.saywho.Speaker.GenderEvidence.FIRST_NAME);
  }

  @Test
  void titleThatIsAFirstName_inAnAppositionAfterARole_isTheGivenName_butNotAfterAPlaceBeforeTheVerb() {
    NameMention m = mention("The Bureau's senior forecaster, Dean Narramore, said more rain would fall.", "Dean Narramore");
    assertThat(m.evidence()).isEqualTo(org.saywho.Speaker.GenderEvidence.FIRST_NAME);
    assertThat(role("At the university, Dean Martha Minow said the school would reopen.", "Martha Minow")).isEqualTo("Dean");
  }

  private static String role(String text, String name) {
    Article doc = TestPipeline.read(text);
    NameMention m = mention(text, name);
    return m.roleFirst() < 0 ? "" : doc.tokens().span(m.roleFirst(), m.roleLast()).in(text);
  }

  @Test
  void roleStopsAfterSomeoneActingForThePerson_butKeepsAnOfficesOf() {
    assertThat(role("A spokesperson for Quebec Premier François Legault said the province would wait.", "François Legault"))
        .isEqualTo("Quebec Premier");
    assertThat(role("Chelsea Clinton, the daughter of former President Bill Clinton, spoke.", "Bill Clinton"))
        .isEqualTo("former President");
    assertThat(role("U.S. Secretary of State Marco Rubio said the talks were useful.", "Marco Rubio"))
        .isEqualTo("U.S. Secretary of State");
  }

  @Test
  void roleStopsAtADashBetweenSpaces_butKeepsAHyphenInsideAWord() {
    assertThat(role("FILE - Senate Majority Leader Chuck Schumer speaks to reporters.", "Chuck Schumer"))
        .isEqualTo("Senate Majority Leader");
    assertThat(role("U.N. Secretary-General Ban Ki-moon said the talks would resume.", "Ban Ki-moon"))
        .isEqualTo("U.N. Secretary-General");
  }

  @Test
  void hyphenatedGivenName_isWholeEvenWhenOnlyItsLastPartIsListed_butASpacedDashJoinsNothing() {
    assertThat(names("Health Minister Jean-Yves Duclos said the fund would open in the spring."))
        .contains("Jean-Yves Duclos").doesNotContain("Yves Duclos");
    assertThat(names("The Ottawa Senators - Yves Duclos said the team would rebuild."))
        .doesNotContain("Senators - Yves Duclos").contains("Yves Duclos");
  }

  @Test
  void hyphenatedGivenName_takesTheGenderOfItsFirstPart_readAsTheHeadOfAFrenchCompound() {
    NameMention m = mention("Jean-Yves Duclos said the fund would open in the spring.", "Jean-Yves Duclos");
    assertThat(m.gender()).isEqualTo(Gender.MALE);
    assertThat(mention("Marie-Claude Bibeau said farmers would get help.", "Marie-Claude Bibeau").gender())
        .isEqualTo(org.saywho.internal.lexicon.Gender.FEMALE);
  }

  @Test
  void givenNameAndTheSurnameOfSomeoneAddressedWithAnHonorific_isAPerson_butABodyNamedAfterThemIsNot() {
    String text = "Ms. May, the Green Party Leader, called both plans a fantasy. Elizabeth May said Canada was sleepwalking.";
    assertThat(mention(text, "Elizabeth May").type()).isEqualTo(org.saywho.Speaker.Type.PERSON);
    assertThat(mention("Ms. May spoke on Monday. The Elizabeth May Foundation said donations rose.", "Elizabeth May Foundation")
        .type()).isEqualTo(org.saywho.Speaker.Type.ORGANIZATION);
    String unlisted = "Ngozi Okonjo-Iweala told a conference in Geneva that tariffs hurt. \u201cThe poor pay,\u201d Ms. Okonjo-Iweala said.";
    assertThat(mention(unlisted, "Ngozi Okonjo-Iweala").type()).isEqualTo(org.saywho.Speaker.Type.PERSON);
    assertThat(mention("Ms. Wells spoke on Monday. Fargo Wells said profits rose.", "Fargo Wells").type())
        .isEqualTo(org.saywho.Speaker.Type.PERSON);
  }

  @Test
  void titleThatIsAFirstName_opening_isATitle() {
    assertThat(names("Dean Martha Minow said the school would reopen.")).contains("Martha Minow");
  }

  @Test
  void namesJoinedByAnAndTheRecogniserReadsInsideAnOrganisation_areOneName_butTwoPeopleStayTwo() {
    assertThat(names("Procter and Gamble said prices would rise.")).contains("Procter and Gamble");
    assertThat(names("Clinton and Trump said the debate would go ahead.")).contains("Clinton", "Trump")
        .doesNotContain("Clinton and Trump");
    assertThat(names("Analysts at the Urban Institute and Brookings Institution said taxes would rise."))
        .doesNotContain("Urban Institute and Brookings Institution");
  }

  @Test
  void capitalisedNounBeforeAName_opensIt_butNotAfterACapitalisedWordNorInATitleCaseLine() {
    assertThat(names("The Rail Delivery Group, which represents train operators, said it was disappointed."))
        .contains("Rail Delivery Group");
    assertThat(names("She would not say whether she would lead the Office of Immigrant Affairs Clinton had announced."))
        .doesNotContain("Affairs Clinton");
    assertThat(names("Conservative Icon Morton Blackwell Endorses Ted Cruz.")).doesNotContain("Icon Morton Blackwell");
  }

  @Test
  void dutchParticleBetweenNames_isPartOfTheName_butNotANumberElsewhere() {
    assertThat(names("United manager Erik ten Hag said the players showed hunger.")).contains("Erik ten Hag");
    assertThat(names("Smith scored ten goals for Leeds this season.")).doesNotContain("Smith scored ten goals for Leeds");
  }

  @Test
  void capitalisedAdjectiveInsideAnOrganisationTheRecogniserReads_joinsItsParts_butNotTwoPeople() {
    assertThat(names("Karen Littlewood, president of the Ontario Secondary School Teachers' Federation, said the deal was fair."))
        .contains("Ontario Secondary School Teachers' Federation");
    assertThat(names("Ontario Liberal Leader Bonnie Crombie said the deal was fair.")).doesNotContain("Ontario Liberal Leader Bonnie Crombie");
  }

  @Test
  void welshParticleBetweenNames_isPartOfTheName_butNotTheNewsAgency() {
    assertThat(names("Plaid Cymru's health spokesperson, Mabon ap Gwynfor, said the dispute could have been avoided."))
        .contains("Mabon ap Gwynfor");
    assertThat(names("Rhun told AP Gwynfor had left.")).doesNotContain("Rhun told AP Gwynfor");
  }

  @Test
  void pluralPossessiveBeforeABodysWord_staysInTheName_butNotBeforeAnotherName() {
    assertThat(names("The Ontario Nurses' Association estimates the province is short 20,000 nurses."))
        .contains("Ontario Nurses' Association");
    assertThat(names("The Democrats' Senate candidate, Maria Lopez, spoke on Friday."))
        .doesNotContain("Democrats' Senate");
  }

  @Test
  void capitalisedPluralReadAsACommonNounBeforeAPossessiveInAName_staysInTheName_butNotBeforeACommonNoun() {
    assertThat(names("According to the Ontario Public School Boards' Association, 5,000 portables are in use."))
        .contains("Ontario Public School Boards' Association");
    assertThat(names("The Ontario Public School Boards' budgets rose, the minister said."))
        .doesNotContain("Ontario Public School Boards' budgets");
  }

  @Test
  void capitalisedAdjectiveAfterTheOpensABodysName_butNotAPersonsTitle() {
    assertThat(names("The Electronic Frontier Foundation said the product raised privacy concerns."))
        .contains("Electronic Frontier Foundation");
    assertThat(names("She met the British Prime Minister Keir Starmer on Monday."))
        .noneMatch(n -> n.startsWith("British"));
  }

  @Test
  void capitalisedAdjectiveAfterThe_opensABodysNameThroughAPluralPossessive_butNotBeforeACommonNoun() {
    assertThat(names("The Irish Patients' Association estimates that 200,000 people are waiting."))
        .contains("Irish Patients' Association");
    assertThat(names("The Irish Patients' waiting lists grew again this year."))
        .noneMatch(n -> n.startsWith("Irish"));
  }

  @Test
  void givenNameAfterTheInsideABodysName_isNoPerson_butOneAfterAPersonsNameIs() {
    assertThat(mention("The Institute for the German Economy (IW) estimates that the country needs more investment.",
        "Institute for the German Economy").type()).isEqualTo(Speaker.Type.ORGANIZATION);
    assertThat(mention("Reporters asked German Economy about the plan.", "German Economy").type())
        .isEqualTo(Speaker.Type.PERSON);
  }

  @Test
  void acronymReadAsANounAfterThe_opensABodysNameThroughAPluralPossessive_butATitleDoesNot() {
    assertThat(names("The BC Nurses' Union welcomed the announcement.")).contains("BC Nurses' Union");
    assertThat(names("The CEO Nurses' Union welcomed the announcement.")).noneMatch(n -> n.startsWith("CEO"));
  }

  @Test
  void capitalisedAdjectiveTheRecogniserReadsInAnOrganisationsName_opensIt_butNotBeforeAPersonsTitle() {
    assertThat(names("Indigenous Services Canada said in an email that it is working with the community."))
        .contains("Indigenous Services Canada");
    assertThat(names("Canadian Prime Minister Mark Carney said the talks were useful."))
        .noneMatch(n -> n.startsWith("Canadian"));
  }

  @Test
  void titleOfAPortfolioOfSeveralWords_isNoPartOfTheNameAfterIt_butAGivenNameIs() {
    assertThat(names("Secretary of Homeland Security Kirstjen Nielsen said the wall would be built."))
        .contains("Kirstjen Nielsen");
    assertThat(names("Minister for Foreign Affairs Penny Wong said Australia would respond."))
        .contains("Penny Wong");
    assertThat(names("Minister for Housing Darragh O'Brien said the plan would work."))
        .contains("Darragh O'Brien");
  }

  @Test
  void nameEndingInABodysWordAfterThe_isAnOrganisation_thoughAGivenNameOpensIt() {
    assertThat(mention("Researchers at the Mayo Clinic said the drug was safe.", "Mayo Clinic").type())
        .isEqualTo(org.saywho.Speaker.Type.ORGANIZATION);
    assertThat(mention("Researchers said Mayo Church was safe.", "Mayo Church").type())
        .isEqualTo(org.saywho.Speaker.Type.PERSON);
  }

  @Test
  void twoWordNameEndingInABodysWordWithNoGivenName_isAnOrganisation_evenWhenTheRecogniserReadsAPerson() {
    assertThat(mention("The Scripps Clinic said the study was preliminary.", "Scripps Clinic").type())
        .isEqualTo(org.saywho.Speaker.Type.ORGANIZATION);
    assertThat(mention("Frank Church said the study was preliminary.", "Frank Church").type())
        .isEqualTo(org.saywho.Speaker.Type.PERSON);
  }

  @Test
  void businessNamedInThePossessive_keepsItsS_butAPersonsPossessiveDoesNot() {
    assertThat(mention("A spokesperson for McDonald's said the company was reviewing the report.", "McDonald's").type())
        .isEqualTo(org.saywho.Speaker.Type.ORGANIZATION);
    assertThat(names("Stumpf's repeated emphasis that only 1 percent were fired drew scorn."))
        .noneMatch(n -> n.endsWith("'s"));
    assertThat(names("Few consultants have failed as spectacularly as Paul Manafort's did in Ukraine."))
        .contains("Paul Manafort");
  }

  private static java.util.List<String> names(String text) {
    Article doc = TestPipeline.read(text);
    Models m = TestPipeline.models();
    return new NameFinder(m.words(), m.entities(), doc.tokens()).find().stream()
        .map(n -> doc.tokens().span(n.first(), n.last()).in(text)).toList();
  }

  @Test
  void departmentsPortfolioWordsAndTheCountry_areOneName_butTwoCompaniesAreNot() {
    assertThat(names("Fisheries and Oceans Canada said the closure would last a year.")).containsExactly("Fisheries and Oceans Canada");
    assertThat(names("Immigration, Refugees and Citizenship Canada said processing times would fall."))
        .containsExactly("Immigration, Refugees and Citizenship Canada");
    assertThat(names("Agriculture and Agri-Food Canada said yields would fall.")).containsExactly("Agriculture and Agri-Food Canada");
    assertThat(names("Rogers and Bell Canada said their networks were restored.")).doesNotContain("Rogers and Bell Canada");
    assertThat(names("Fire and Emergency New Zealand said crews had answered 2,000 calls."))
        .containsExactly("Fire and Emergency New Zealand");
    assertThat(names("Spark and Vodafone New Zealand said their networks were restored."))
        .doesNotContain("Spark and Vodafone New Zealand");
  }

  @Test
  void indianHonorifics_tellTheGender_asMrsDoes() {
    assertThat(mention("Smt. Sunita Devi told PTI the scheme had helped.", "Sunita Devi").evidence())
        .isEqualTo(org.saywho.Speaker.GenderEvidence.HONORIFIC);
    assertThat(mention("Shri Manoj Tiwari told PTI the scheme had helped.", "Manoj Tiwari").gender())
        .isEqualTo(Gender.MALE);
    assertThat(mention("Sunita Devi told PTI the scheme had helped.", "Sunita Devi").evidence())
        .isEqualTo(org.saywho.Speaker.GenderEvidence.FIRST_NAME);
  }

  @Test
  void lettersAfterANameForAnOfficeOrHonour_areNoPartOfIt_butAWordInCapitalsOfTheNameIs() {
    assertThat(names("The party's transport spokesman, Graham Simpson MSP, said the policy was overdue."))
        .contains("Graham Simpson");
    assertThat(names("Mary Jones OBE said the policy was overdue.")).contains("Mary Jones");
    assertThat(names("Crown prosecutor Brett Hatfield SC argued that the offender had acted out of resentment."))
        .contains("Brett Hatfield");
    assertThat(names("Sam MEPHAM said the policy was overdue.")).contains("Sam MEPHAM");
  }

  @Test
  void listedGivenNameAfterAParticle_isPartOfTheSurname() {
    assertThat(names("\"It works,\" said Borja del Pozo Cruz of the University of Southern Denmark."))
        .contains("Borja del Pozo Cruz");
    assertThat(names("\"It works,\" said Maria da Silva of the University of Lisbon.")).contains("Maria da Silva");
  }

  @Test
  void irishSurnameParticle_makesAPerson_whereTheRecogniserSaysOrganisation_butANameWithoutOneKeepsItsType() {
    assertThat(mention("For forty years, Máire Ní Fhlaithearta has watched the boats come in.", "Máire Ní Fhlaithearta")
        .type()).isEqualTo(Speaker.Type.PERSON);
    assertThat(mention("For forty years, Aran Island Ferries has carried the boats in.", "Aran Island Ferries")
        .type()).isEqualTo(Speaker.Type.ORGANIZATION);
  }

  @Test
  void nameTheRecogniserCallsAnOrganisation_isAPerson_whenItsLastWordAloneSpeaks_butNotWhenItsFirstDoes() {
    String musk = "Elon Musk said on Tuesday that new users of X would have to pay a small annual fee before they could post."
        + "\n\n\"It is the only way,\" Musk wrote.";
    assertThat(mention(musk, "Elon Musk").type()).isEqualTo(Speaker.Type.PERSON);
    String goldman = "Goldman Sachs said on Tuesday that new users of X would have to pay a small annual fee before they could"
        + " post.\n\n\"It is the only way,\" Goldman said.";
    assertThat(mention(goldman, "Goldman Sachs").type()).isEqualTo(Speaker.Type.ORGANIZATION);
  }

  @Test
  void oneWordNameAfterACueBeforeAVerb_isNoPersonByItsPlace_butAGivenNameIs() {
    String shell = "Shell profit falls as gas prices ease\n\nLONDON, May 2 (Reuters) - Shell reported a 22% fall in"
        + " first-quarter profit on Thursday, but the company kept its share buyback at $3.5 billion.\n\nClimate campaigners"
        + " criticised the results. A spokesperson for the group Global Witness said Shell was \"doubling down on fossil"
        + " fuels while the world burns.\"";
    assertThat(mentionAt(shell, "Shell", shell.lastIndexOf("Shell")).type()).isNotEqualTo(Speaker.Type.PERSON);
    String maria = "The nurses met on Monday.\n\nHer lawyer said Maria was tired.";
    assertThat(mention(maria, "Maria").type()).isEqualTo(Speaker.Type.PERSON);
  }

  @Test
  void titleWithoutItsFullStop_isNoPartOfTheName() {
    assertThat(names("Prof Maciej Banach, who led the research, said the results were clear."))
        .containsExactly("Maciej Banach");
    assertThat(names("Professor Alan Jones said more work was needed.")).containsExactly("Alan Jones");
  }

  @Test
  void britishPoliceRanksWithoutFullStops_areTheRole_notTheName() {
    assertThat(role("\"We will act,\" said Det Insp Sarah Kemp of West Yorkshire Police.", "Sarah Kemp")).isEqualTo("Det Insp");
    assertThat(role("Det Sgt Anna Reid said the case was closed.", "Anna Reid")).isEqualTo("Det Sgt");
    assertThat(role("Anna Reid said the case was closed.", "Anna Reid")).isEmpty();
  }

  @Test
  void lowerCaseParticles_joinAGivenNameTheListsDoNotKnowToItsSurname() {
    assertThat(names("\"It works,\" said Dr Borja del Pozo Cruz, the lead author.")).containsExactly("Borja del Pozo Cruz");
    assertThat(names("\"It works,\" said Carlos de la Fuente.")).containsExactly("Carlos de la Fuente");
    assertThat(names("Del Shannon said it would work.")).containsExactly("Del Shannon");
  }

  @Test
  void portfolioAfterATitlesFor_isPartOfTheRole_whenAGivenNameAndASurnameFollow() {
    NameMention m = mention("Minister for Housing Darragh O'Brien said the plan was working.", "Darragh O'Brien");
    assertThat(m.roleFirst()).isZero();
    assertThat(names("Texas Gov. Greg Abbott said the plan was working.")).containsExactly("Greg Abbott");
    assertThat(names("Minister for Housing O'Brien said the plan was working.")).containsExactly("Housing O'Brien");
  }

  @Test
  void placeThatIsAlsoAGivenName_beforeATitleOrAParty_isThePlace_butBeforeASurnameIsTheGivenName() {
    NameMention rubio = mention("Florida Sen. Marco Rubio said he would vote no.", "Marco Rubio");
    assertThat(rubio.gender()).isEqualTo(Gender.MALE);
    assertThat(role("Florida Sen. Marco Rubio said he would vote no.", "Marco Rubio")).isEqualTo("Florida Sen.");
    assertThat(names("Former South Carolina Gov. Jim Hodges said the party was united.")).containsExactly("Jim Hodges");
    assertThat(names("Ten South Carolina Republican voters said they were undecided.")).doesNotContain("Carolina Republican");
    NameMention foxx = mention("Virginia Foxx said the bill would pass.", "Virginia Foxx");
    assertThat(foxx.gender()).isEqualTo(org.saywho.internal.lexicon.Gender.FEMALE);
  }

  @Test
  void givenNameBeforeATitleAndAnotherGivenName_belongsToTheRole_butASurnameThatIsATitleStaysInTheName() {
    NameMention m = mention("Clinton Communications Director Jennifer Palmieri said no.", "Jennifer Palmieri");
    assertThat(m.gender()).isEqualTo(org.saywho.internal.lexicon.Gender.FEMALE);
    assertThat(role("Cleveland Police Chief Calvin Williams said the city was calm.", "Calvin Williams"))
        .isEqualTo("Cleveland Police Chief");
    assertThat(role("Viña del Mar Mayor Macarena Ripamonti said 1,600 homes burned.", "Macarena Ripamonti"))
        .isEqualTo("Viña del Mar Mayor");
    assertThat(names("\"It won't be easy,\" said Representative Peter T. King of New York.")).contains("Peter T. King");
  }

  @Test
  void bodyNamedAfterAPerson_isAnOrganisation_butASurnameThatIsABodysWordStaysAPersons() {
    assertThat(mention("The Bill and Melinda Gates Foundation said it would pay.", "Bill and Melinda Gates Foundation").type())
        .isEqualTo(org.saywho.Speaker.Type.ORGANIZATION);
    assertThat(mention("The Muhammad Ali Center said it would reopen.", "Muhammad Ali Center").type())
        .isEqualTo(org.saywho.Speaker.Type.ORGANIZATION);
    assertThat(mention("Frank Church said the committee would meet.", "Frank Church").type())
        .isEqualTo(org.saywho.Speaker.Type.PERSON);
    assertThat(mention("James Pethokoukis of the American Enterprise Institute said taxes would rise.", "James Pethokoukis")
        .type()).isEqualTo(org.saywho.Speaker.Type.PERSON);
  }

  @Test
  void nameEndingInAPlacesNounWithNoGivenName_isAPlace_butWithAGivenNameOrATitleAPerson() {
    assertThat(mention("Republicans on Capitol Hill said the bill would pass.", "Capitol Hill").type())
        .isEqualTo(org.saywho.Speaker.Type.ORGANIZATION);
    assertThat(mention("Anita Hill said the hearing was unfair.", "Anita Hill").type()).isEqualTo(org.saywho.Speaker.Type.PERSON);
    assertThat(mention("Sen. Hill said the hearing was unfair.", "Hill").type()).isEqualTo(org.saywho.Speaker.Type.PERSON);
  }

  @Test
  void nameWithNoGivenNameAfterInOrNear_isAPlace_butNotBeforeAPossessive() {
    assertThat(mention("Voters in Des Moines said the race was close.", "Des Moines").type())
        .isEqualTo(org.saywho.Speaker.Type.ORGANIZATION);
    assertThat(mention("The chairs in Ivanka Trump's den are leather.", "Ivanka Trump").type())
        .isEqualTo(org.saywho.Speaker.Type.PERSON);
  }

  @Test
  void capitalisedWordAfterAnHonorificWithoutAStop_isASurname_evenWhenTaggedACommonNoun() {
    NameMention stride = mention("Mr Stride said Labour had no plan for growth.", "Stride");
    assertThat(stride.type()).isEqualTo(org.saywho.Speaker.Type.PERSON);
    assertThat(stride.evidence()).isEqualTo(org.saywho.Speaker.GenderEvidence.HONORIFIC);
    assertThat(names("Mr Stride said Labour had no plan for growth.")).doesNotContain("Mr");
  }

  @Test
  void surnameAlone_isAPersonsName_whenAFullNameEndsInItOnlyInATitleCaseHeadline_butNotBeforeANoun() {
    String text = "The Wild Story of How Mary Steenburgen Wrote the Best Song of the Year\n\n"
        + "“I felt strange as soon as the anesthesia wore off,” Steenburgen said.\n\n"
        + "A Steenburgen fan said the song was great.";
    assertThat(mentionAt(text, "Steenburgen", text.indexOf("Steenburgen said")).type()).isEqualTo(Speaker.Type.PERSON);
    assertThat(mentionAt(text, "Steenburgen", text.indexOf("Steenburgen fan")).type())
        .isNotEqualTo(Speaker.Type.PERSON);
  }

  @Test
  void honorificInLowerCase_opensNoName_butACapitalisedOneDoes() {
    String text = "The report was cited by hit-or-miss Taiwanese publication DigiTimes.";
    assertThat(names(text)).doesNotContain("Taiwanese", "miss Taiwanese");
    assertThat(mention("Miss Chen said the report was wrong.", "Chen").evidence())
        .isEqualTo(org.saywho.Speaker.GenderEvidence.HONORIFIC);
  }

  @Test
  void placeOfALowerCaseTitleBeforeAName_isNoPartOfTheName_butAPlaceAloneAfterTheTitleStaysAPlace() {
    assertThat(names("China’s ambassador to Britain Liu Xiaoming said China had the power to end it."))
        .contains("Liu Xiaoming").doesNotContain("Britain Liu Xiaoming");
    assertThat(names("China’s ambassador to Britain said China had the power to end it.")).contains("Britain");
  }

  @Test
  void capitalisedWordAfterACapitalisedTitleBeforeAVerb_isASurname_butABodysWordIsNot() {
    assertThat(names("“People know what to do,” Cr Raven said.")).contains("Raven");
    assertThat(mention("“People know what to do,” Mayor Raven said.", "Raven").type())
        .isEqualTo(org.saywho.Speaker.Type.PERSON);
    assertThat(names("“People know what to do,” the Mayor Office said.")).doesNotContain("Office");
  }

  @Test
  void nameAfterALowerCaseTitle_isAPersons_whateverItsGivenName_butABodysNameStaysABodys() {
    assertThat(mention("Students' association president Aroha Ngata welcomed the decision.", "Aroha Ngata").type())
        .isEqualTo(org.saywho.Speaker.Type.PERSON);
    assertThat(mention("The figures came from the event organizer Alliance to Reclaim Our Schools (AROS).",
        "Alliance to Reclaim Our Schools").type()).isEqualTo(org.saywho.Speaker.Type.ORGANIZATION);
  }

  @Test
  void wordInParenthesesSpellingOutTheNameBefore_isAnOrganisation_inAnyCase_andTheNameOpensWithItsFirstLetter_butANicknameIsNot() {
    assertThat(mention("Business Unity South Africa (Busa) said load shedding had cost billions.", "Busa").type())
        .isEqualTo(org.saywho.Speaker.Type.ORGANIZATION);
    assertThat(names("Business Unity South Africa (Busa) said load shedding had cost billions."))
        .containsExactly("Business Unity South Africa", "Busa");
    assertThat(mention("Gregory Hall (Greg) said load shedding had cost billions.", "Greg").type())
        .isNotEqualTo(org.saywho.Speaker.Type.ORGANIZATION);
  }

  @Test
  void givenNameAndSurnameAfterATitleToOrOfABody_isAPerson_butNotBeforeABodysWord() {
    NameMention haley = mention("U.S. Ambassador to the United Nations Nikki Haley said the vote was a mistake.",
        "Nikki Haley");
    assertThat(haley.type()).isEqualTo(org.saywho.Speaker.Type.PERSON);
    assertThat(role("U.S. Ambassador to the United Nations Nikki Haley said the vote was a mistake.", "Nikki Haley"))
        .isEqualTo("U.S. Ambassador to the United Nations");
    assertThat(names("The Minister of Health Nelson Mandela Foundation said the vote was a mistake."))
        .doesNotContain("Nelson Mandela");
  }

  @Test
  void timeZone_isNoName_butAnAcronymBeforeItIs() {
    assertThat(names("Shares in GM rose 3.2% by 0910 GMT on Thursday.")).contains("GM").doesNotContain("GMT");
  }

  @Test
  void bodysNameWithAListInside_isOneName_butAListOfBodiesIsNot() {
    assertThat(names("The Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) said the strike"
        + " would go on."))
        .contains("Kenya Medical Practitioners, Pharmacists and Dentists Union");
    assertThat(names("The Teamsters, Steelworkers and Autoworkers Unions said the strike would go on."))
        .doesNotContain("Teamsters, Steelworkers and Autoworkers Unions");
  }

  @Test
  void commonWordsAndAnAndOpeningANameItsAcronymSpellsOut_openTheName_butNotWithoutTheAcronymOrABodysWord() {
    assertThat(names("The Irish Nurses and Midwives Organisation (INMO) said 612 patients were waiting."))
        .containsExactly("Irish Nurses and Midwives Organisation", "INMO");
    assertThat(names("Irish Nurses and Midwives (IMO) said 612 patients were waiting."))
        .doesNotContain("Irish Nurses and Midwives");
  }

  @Test
  void titlesPossessiveBeforeABodysWord_isInsideTheName_butAPersonsIsNot() {
    assertThat(names("The Fresno County Sheriff's Office said Delgado was drunk."))
        .containsExactly("Fresno County Sheriff's Office", "Delgado");
    assertThat(names("The Hennepin County Medical Examiner's Office identified him as Marcus Allen."))
        .containsExactly("Hennepin County Medical Examiner's Office", "Marcus Allen");
    assertThat(names("Mark Carney's Office said Delgado was drunk.")).doesNotContain("Mark Carney's Office");
  }

  @Test
  void givenNameAndSurnameAfterATitleInsideTheRun_areAPersons_butABodyAfterATitleIsNot() {
    assertThat(mention("Treasury CS Njuguna Ndung'u defended the bill.", "Njuguna Ndung'u").type())
        .isEqualTo(org.saywho.Speaker.Type.PERSON);
    assertThat(mention("The Mayor Street Foundation defended the bill.", "Mayor Street Foundation").type())
        .isEqualTo(org.saywho.Speaker.Type.ORGANIZATION);
  }

  @Test
  void unlistedWordBeforeAListedGivenName_afterALowerCaseRole_opensTheName() {
    assertThat(names("Congress leader Adhir Ranjan Chowdhury said the bill was rushed.")).contains("Adhir Ranjan Chowdhury");
    assertThat(role("Congress leader Adhir Ranjan Chowdhury said the bill was rushed.", "Adhir Ranjan Chowdhury"))
        .isEqualTo("Congress leader");
  }

  @Test
  void placeOrTitleBeforeAListedGivenName_staysOutOfTheName() {
    assertThat(names("Party leader Ontario Jane Smith said the bill was rushed.")).doesNotContain("Ontario Jane Smith");
    assertThat(names("Congress Leader Adhir Chowdhury said the bill was rushed.")).doesNotContain("Leader Adhir Chowdhury");
  }

  @Test
  void oneWordPersonOpeningTheNextNamesRole_isNoPerson() {
    assertThat(mention("But Lismore dairy farmer Greg Hollis says the money is not enough.", "Lismore").type())
        .isEqualTo(org.saywho.Speaker.Type.UNKNOWN);
    assertThat(role("But Lismore dairy farmer Greg Hollis says the money is not enough.", "Greg Hollis"))
        .isEqualTo("Lismore dairy farmer");
  }

  @Test
  void oneWordPersonBetweenAModifierAndAPersonsNoun_isNoPerson_butASubjectBeforeOneIs() {
    assertThat(mention("A former Hamilton nurse has been found guilty of fraud.", "Hamilton").type())
        .isNotEqualTo(org.saywho.Speaker.Type.PERSON);
    assertThat(mention("Yesterday Hamilton told reporters the nurse was guilty.", "Hamilton").type())
        .isEqualTo(org.saywho.Speaker.Type.PERSON);
  }

  @Test
  void surnameOfAFullNameOpeningARole_staysAPerson() {
    String text = "Hillary Clinton spoke first. Clinton campaign chairman John Podesta said the polls were tightening.";
    assertThat(mention(text, "Clinton").type()).isEqualTo(org.saywho.Speaker.Type.PERSON);
  }

  @Test
  void surnameOfAFullNameAfterADeterminerBeforeAPersonsNoun_isNoPerson() {
    String text = "Gov. Jeff Landry spoke first. A Landry spokesperson said the state would help.";
    assertThat(mention(text, "Landry").type()).isNotEqualTo(org.saywho.Speaker.Type.PERSON);
  }

  @Test
  void titleThatIsAGivenNameBetweenATitleAndASurname_isTheGivenName_butNotBeforeAGivenName() {
    assertThat(role("Detective Inspector Dean Thomas told reporters the two knew each other.", "Dean Thomas"))
        .isEqualTo("Detective Inspector");
    assertThat(mention("Harvard Law School Dean Martha Minow said the gift was generous.", "Martha Minow").gender())
        .isEqualTo(org.saywho.internal.lexicon.Gender.FEMALE);
  }

  @Test
  void oneWordNameAfterTheBeforeNoNoun_isNoPerson_butAGivenNameThereIs() {
    assertThat(mention("She has driven a water truck in the Bakken for a decade.", "Bakken").type())
        .isNotEqualTo(org.saywho.Speaker.Type.PERSON);
    assertThat(mention("Supporters cheered as the Donald spoke for an hour.", "Donald").type())
        .isEqualTo(org.saywho.Speaker.Type.PERSON);
  }

  @Test
  void nameOfTheDatelinesPlace_isNoPerson_butASurnameOfAFullNameIs() {
    String text = "Wildfire reaches town\n\nJASPER, Alta. — Thousands fled Jasper on Monday as the fire spread.";
    assertThat(mention(text, "Jasper").type()).isNotEqualTo(org.saywho.Speaker.Type.PERSON);
    String named = "Fire reaches town\n\nJASPER, Alta. — Lucy Jasper fled on Monday. Jasper said the fire spread.";
    assertThat(mention(named, "Jasper").type()).isEqualTo(org.saywho.Speaker.Type.PERSON);
  }

  @Test
  void givenNameAndSurnameBeforeOf_isAPerson_whileABodysOfStaysInItsName() {
    assertThat(mention("Annie Kidder of People for Education said the figures were misleading.", "Annie Kidder").gender())
        .isEqualTo(org.saywho.internal.lexicon.Gender.FEMALE);
    assertThat(mention("Bank of America said profits rose.", "Bank of America").type())
        .isEqualTo(org.saywho.Speaker.Type.ORGANIZATION);
  }

  @Test
  void nameWithAPersonsNounInApposition_isAPerson_notWithAPlacesNoun() {
    assertThat(mention("Kawennahente Cross, a teacher in Hamilton, said morale was low.", "Kawennahente Cross").type())
        .isEqualTo(org.saywho.Speaker.Type.PERSON);
    assertThat(mention("Acme Widgets, a supplier of parts, said no.", "Acme Widgets").type())
        .isNotEqualTo(org.saywho.Speaker.Type.PERSON);
  }

  @Test
  void givenNameInAppositionAfterAPersonsNoun_isAPerson_notABodyAfterOne() {
    assertThat(mention("The boycott has drawn thousands. Its founder, Emily Steers, said the group would continue.",
        "Emily Steers").type()).isEqualTo(org.saywho.Speaker.Type.PERSON);
    assertThat(mention("The bank hired advisers. Its partner, Goldman Sachs, said the deal was done.", "Goldman Sachs").type())
        .isNotEqualTo(org.saywho.Speaker.Type.PERSON);
  }

  @Test
  void pluralNounForPeopleOpeningASentenceBeforeAVerb_isNoName_butAPluralNameIs() {
    assertThat(names("Neighbours said they were woken by what sounded like fireworks.")).doesNotContain("Neighbours");
    assertThat(names("Sanders said they were woken by what sounded like fireworks.")).contains("Sanders");
  }

  @Test
  void pluralNounForPeopleAfterADatelineBeforeAPreposition_isNoName_whenWrittenInLowerCaseElsewhere() {
    assertThat(names("Saskatchewan farmers brace for another dry year\n\nREGINA — Farmers across southern Saskatchewan"
        + " say they are preparing for drought.")).doesNotContain("Farmers");
    assertThat(names("REGINA — Friends of the Earth said the drought was caused by warming.")).contains("Friends of the Earth");
  }

  @Test
  void workplaceAfterAtInAnApposition_isNoPerson_butAPossessorAfterAtIs() {
    assertThat(mention("\"The market is caught,\" said Priyanka Sachdeva, senior market analyst at Phillip Nova.",
        "Phillip Nova").type()).isNotEqualTo(org.saywho.Speaker.Type.PERSON);
    assertThat(mention("Tom Hanks, a guest at Oprah Winfrey's house, said it was fun.", "Oprah Winfrey").type())
        .isEqualTo(org.saywho.Speaker.Type.PERSON);
  }

  @Test
  void townBeforeItsStateOrProvince_isNoPerson_butAPersonBeforeTheirRoleIs() {
    assertThat(mention("Residents of Jasper, Alta., fled the fire on Monday.", "Jasper").type())
        .isNotEqualTo(org.saywho.Speaker.Type.PERSON);
    assertThat(mention("Paul Porter, a truck driver from Ava, Mo., said he would vote.", "Ava").type())
        .isNotEqualTo(org.saywho.Speaker.Type.PERSON);
    assertThat(mention("Doug Ford, Ontario premier, said the plan was dead.", "Doug Ford").type())
        .isEqualTo(org.saywho.Speaker.Type.PERSON);
  }

  @Test
  void listedFamilyNameBeforeAGivenNameOfShortSyllables_opensTheName_butARoleDoesNot() {
    assertThat(names("Ms Tan Hui Min, a teacher, said the fees were too high.")).contains("Tan Hui Min");
    assertThat(names("Wong Mei Ling said the fees were too high.")).contains("Wong Mei Ling");
    assertThat(names("Coach Bill Smith said the fees were too high.")).doesNotContain("Coach Bill Smith");
  }

  @Test
  void personsNounOpeningTheSentenceBeforeAName_isNoPartOfIt_butAGivenNameIs() {
    assertThat(names("Protester Aiyana Thomas, 24, said she would keep protesting.")).contains("Aiyana Thomas")
        .doesNotContain("Protester Aiyana Thomas");
    assertThat(names("Hunter Biden said the fees were too high.")).contains("Hunter Biden");
  }

  @Test
  void commonNounOpeningTheSentenceBeforeAOneWordBodyOrPlace_isPartOfTheName_butNotADay() {
    assertThat(names("Police Scotland said two men had been arrested.")).contains("Police Scotland");
    assertThat(names("Cycle Toronto said the ruling was a huge win for cyclists.")).contains("Cycle Toronto");
    assertThat(names("Yesterday Toronto said the ruling was a huge win for cyclists.")).doesNotContain("Yesterday Toronto");
  }

  @Test
  void initialsWithoutFullStopsBeforeAGivenName_areTheNames_notTheRoles() {
    assertThat(names("Union civil aviation minister K Rammohan Naidu said the name would be decided later."))
        .contains("K Rammohan Naidu");
    assertThat(mention("Union civil aviation minister K Rammohan Naidu said the name would be decided later.",
        "K Rammohan Naidu").roleLast()).isEqualTo(3);
    assertThat(names("A Barbara Lee aide said the rally was full.")).contains("Barbara Lee").doesNotContain("A Barbara Lee");
  }

  @Test
  void initialWithItsFullStopBeforeAGivenName_isPartOfTheName_andTheGivenNameAfterItGivesTheGender() {
    assertThat(names("J. William Rivers said the case was closed.")).contains("J. William Rivers");
    assertThat(names("E. Jean Carroll told the jury she had been attacked.")).contains("E. Jean Carroll");
    assertThat(mention("Scholar A.E. Dick Howard said the order was lawful.", "A.E. Dick Howard").gender()).isEqualTo(Gender.MALE);
    assertThat(mention("Chief Justice D.Y. Chandrachud said the scheme was unconstitutional.", "D.Y. Chandrachud").gender())
        .isEqualTo(Gender.UNKNOWN);
    assertThat(names("Washington, D.C. Mayor Muriel Bowser said the city was ready.")).doesNotContain("D.C. Mayor Muriel Bowser");
  }

  @Test
  void nameBeforeWhoAndASingularVerb_isAPerson_butATeamBeforeWhoAndAPluralVerbIsNot() {
    assertThat(mention("Saka, who has now scored in five games, said the team had belief.", "Saka").type())
        .isEqualTo(Speaker.Type.PERSON);
    assertThat(mention("Arsenal, who have now won five games, said the team had belief.", "Arsenal").type())
        .isNotEqualTo(Speaker.Type.PERSON);
  }

  @Test
  void dottedInitialsAfterATitle_areTheNames_notTheRoles_butAnAbbreviatedTitleIsNot() {
    assertThat(names("Chief Justice D.Y. Chandrachud said the scheme was unconstitutional."))
        .contains("D.Y. Chandrachud").doesNotContain("Chandrachud");
    assertThat(mention("Chief Justice D.Y. Chandrachud said the scheme was unconstitutional.", "D.Y. Chandrachud")
        .roleLast()).isEqualTo(1);
    assertThat(names("Chief Minister M.K. Stalin said the verdict was welcome.")).contains("M.K. Stalin");
    assertThat(mention("Lt. Gen. H.R. McMaster said the plan would work.", "H.R. McMaster").roleLast()).isEqualTo(1);
  }

  @Test
  void unlistedNameInAppositionAfterATitle_isAPerson_andTheOfficeIsNoName() {
    assertThat(mention("However, the Minority Leader, Abba Moro, said the opposition had concerns.", "Abba Moro").type())
        .isEqualTo(org.saywho.Speaker.Type.PERSON);
    assertThat(names("However, the Minority Leader, Abba Moro, said the opposition had concerns.")).doesNotContain("Minority Leader");
    assertThat(mention("The bank hired advisers. Its partner, Goldman Sachs, said the deal was done.", "Goldman Sachs").type())
        .isNotEqualTo(org.saywho.Speaker.Type.PERSON);
  }

  @Test
  void wordOpeningASentenceBeforeAVerb_isNoName_whenTheArticleWritesItInLowerCaseAndCapitalisesItNowhereElse() {
    assertThat(names("Drought pushes power cuts to 21 hours\n\nThe worst drought in decades has drained the dam."))
        .doesNotContain("Drought");
    assertThat(names("Labour says taxes will rise\n\nThe Labour leader spoke of labour shortages."))
        .contains("Labour");
  }

  @Test
  void givenNameInAppositionAfterAGenderedNoun_hasThatGender_butNotAfterAnUngenderedOne() {
    assertThat(mention("A wall honours their son, Humayun, a captain who died in Iraq.", "Humayun").gender())
        .isEqualTo(Gender.MALE);
    assertThat(mention("The family thanked its lawyer, Humayun, for the work.", "Humayun").gender())
        .isEqualTo(org.saywho.internal.lexicon.Gender.UNKNOWN);
  }

  @Test
  void nounForPeopleOpeningASentenceBeforeAVerb_isNoName_whenTheArticleWritesItInLowerCase_butASurnameIs() {
    assertThat(names("Family says teen was bullied\n\nThe family of a boy says he had been bullied for months."))
        .doesNotContain("Family");
    assertThat(names("Young says teen was bullied\n\nThe young boy had been bullied for months, Young said."))
        .contains("Young");
  }

  @Test
  void nameBeforeAnAppositionHeadedByAGenderedNoun_hasThatGender_butNotWhenTheNounModifiesAnother() {
    assertThat(mention("“We pay,” said Lerato Nkosi, a mother of three.", "Lerato Nkosi").gender())
        .isEqualTo(org.saywho.internal.lexicon.Gender.FEMALE);
    assertThat(mention("“We pay,” said Sam Nkosi, the grandfather of a pupil.", "Sam Nkosi").gender())
        .isEqualTo(Gender.MALE);
    assertThat(mention("“We pay,” said Lerato Nkosi, the mother's lawyer.", "Lerato Nkosi").gender())
        .isEqualTo(org.saywho.internal.lexicon.Gender.UNKNOWN);
  }

  @Test
  void genderedNounOwningAWordOfTheRole_givesNoGender_butTheRolesOwnNounDoes() {
    assertThat(mention("Court of King's Bench Justice Tracey DeWare found the records lawful.", "Tracey DeWare").gender())
        .isEqualTo(Gender.UNKNOWN);
    assertThat(mention("Board chairwoman Tracey DeWare found the records lawful.", "Tracey DeWare").gender())
        .isEqualTo(Gender.FEMALE);
  }

  @Test
  void initialsBeforeASurname_openTheName_butAPlacesAbbreviationBeforeATitleDoesNot() {
    assertThat(mention("“No,” says J.J. MacNab, an expert on militias.", "J.J. MacNab").type())
        .isEqualTo(org.saywho.Speaker.Type.PERSON);
    assertThat(mention("U.S. Sen. Tim Scott said no.", "Tim Scott").roleFirst()).isZero();
  }

  @Test
  void occupationBeforeAName_isTheRole() {
    assertThat(role("Senior meteorologist Dean Narramore said catchments were saturated.", "Dean Narramore"))
        .isEqualTo("Senior meteorologist");
    assertThat(role("ICU nurse Priya Sandhu said the ward was full.", "Priya Sandhu")).isEqualTo("ICU nurse");
  }

  @Test
  void sportsRoleBeforeAName_isTheRole_aClubAloneIsNot() {
    assertThat(role("Chelsea boss Enzo Maresca admitted his side had been second best.", "Enzo Maresca"))
        .isEqualTo("Chelsea boss");
    assertThat(role("England striker Harry Kane scored twice.", "Harry Kane")).isEqualTo("England striker");
    assertThat(role("Chelsea midfield Enzo Fernandez was quiet.", "Enzo Fernandez")).isEmpty();
  }

  @Test
  void acronymReadAsACommonNoun_opensTheBodysNameAtTheSentencesStart() {
    assertThat(mention("NHS England said the waiting list stood at 7.4 million.", "NHS England").type())
        .isEqualTo(org.saywho.Speaker.Type.ORGANIZATION);
    assertThat(names("IT workers said the system failed on Monday.")).noneMatch(n -> n.startsWith("IT"));
  }

  @Test
  void oneWordNameBeforeANounForAnArea_isAPlace_butAGivenNameStaysAPerson() {
    assertThat(mention("Maria Gonzalez has lived in the Lents neighborhood for 20 years.", "Lents").type())
        .isEqualTo(org.saywho.Speaker.Type.ORGANIZATION);
    assertThat(mention("Mayor Keith Wilson praised Gonzalez, whose district includes the school.", "Gonzalez").type())
        .isEqualTo(org.saywho.Speaker.Type.PERSON);
  }

  @Test
  void portfolioAfterABodysOfOrFor_joinsItsName_butABodyNamedByOneWordStaysApart() {
    assertThat(names("The Centers for Disease Control and Prevention states: the risk is low."))
        .contains("Centers for Disease Control and Prevention");
    assertThat(names("The Ministry of Health and Family Welfare said cases rose."))
        .contains("Ministry of Health and Family Welfare");
    assertThat(names("The Ministry of Defence and NATO said the exercise would go ahead."))
        .contains("Ministry of Defence", "NATO");
    assertThat(names("The Department of Justice and Congress have been at odds."))
        .contains("Department of Justice", "Congress");
  }

  @Test
  void bodysWordInThePluralBeforeFor_makesAnOrganization() {
    assertThat(mention("The Centers for Disease Control and Prevention said the risk was low.",
        "Centers for Disease Control and Prevention").type()).isEqualTo(org.saywho.Speaker.Type.ORGANIZATION);
  }

  @Test
  void officeOfAPlaceWithNoOnesName_isNoName_butAHoldersNameAfterItIs() {
    assertThat(names("The Governor of Texas said the talks were useful.")).isEmpty();
    assertThat(names("Rachael Maskell, the MP for York Central, said the cuts were wrong.")).containsExactly("Rachael Maskell");
    assertThat(names("Governor of Texas Greg Abbott said the talks were useful.")).contains("Greg Abbott");
  }

  @Test
  void possessiveTheRecogniserReadsInsideABodysName_joinsIt_butNotAfterAWholeBodyOrBeforeAPerson() {
    assertThat(names("Alzheimer's Research UK said more work was needed.")).contains("Alzheimer's Research UK");
    assertThat(names("Moody's Investors Service said the outlook was stable.")).contains("Moody's Investors Service");
    assertThat(names("Canada's Parliament said the vote would go ahead.")).doesNotContain("Canada's Parliament");
  }

  @Test
  void unlistedGivenNameAfterAnHonorific_endsBeforeTheBodyAfterOf_butATitlesOfStaysInTheTitle() {
    assertThat(names("Dr. Joneigh Khaldun of the Michigan Department of Health and Human Services said the risk was low."))
        .contains("Joneigh Khaldun");
    assertThat(names("Secretary of State Marco Rubio said the talks were useful.")).contains("Marco Rubio");
  }

  @Test
  void oneWordNameAfterItsTrade_isAFirmInEveryLaterMention_butAGivenNameAfterATradeIsAPerson() {
    String text = "Software maker Cloudline said it would cut jobs. Cloudline did not respond to a request for comment.";
    assertThat(mention(text, "Cloudline").type()).isEqualTo(Speaker.Type.ORGANIZATION);
    Article doc = TestPipeline.read(text);
    Models m = TestPipeline.models();
    assertThat(new NameFinder(m.words(), m.entities(), doc.tokens()).find())
        .filteredOn(n -> doc.tokens().word(n.first()).equals("Cloudline"))
        .hasSize(2).allMatch(n -> n.type() == Speaker.Type.ORGANIZATION);
    assertThat(mention("Software developer Jane Doe said the update was late.", "Jane Doe").type()).isEqualTo(Speaker.Type.PERSON);
  }

  @Test
  void handleAfterANounForAPerson_isAPerson_butNotAfterAnAccount() {
    assertThat(mention("The gap is big, one Twitter user @nycsouthpaw wrote.", "@nycsouthpaw").type())
        .isEqualTo(Speaker.Type.PERSON);
    String text = "The gap is big, the account @nycsouthpaw wrote.";
    Article doc = TestPipeline.read(text);
    Models m = TestPipeline.models();
    assertThat(new NameFinder(m.words(), m.entities(), doc.tokens()).find())
        .noneMatch(n -> doc.tokens().word(n.first()).equals("@nycsouthpaw") && n.type() == Speaker.Type.PERSON);
  }

  @Test
  void nameAfterANounOnlyAFirmIsCalled_isTheFirmGivenNameAndAll_butNotAfterAPersonsTrade() {
    String text = "The mine is run by the mining giant Rio Tinto. Rio Tinto says it will meet every standard.";
    Article doc = TestPipeline.read(text);
    Models m = TestPipeline.models();
    assertThat(new NameFinder(m.words(), m.entities(), doc.tokens()).find())
        .filteredOn(n -> doc.tokens().span(n.first(), n.last()).in(text).equals("Rio Tinto"))
        .hasSize(2).allMatch(n -> n.type() == Speaker.Type.ORGANIZATION);
    assertThat(mention("The deal was signed by property developer Rio Tinto, a local man.", "Rio Tinto").type())
        .isEqualTo(Speaker.Type.PERSON);
  }

  @Test
  void listedGivenNameOpeningADoubleBarrelledSurname_isNoGivenName_butOpeningTheNameItIs() {
    NameMention rain = mention("Rain Newton-Smith, the CBI's chief executive, wrote that firms were hurt.", "Rain Newton-Smith");
    assertThat(rain.type()).isEqualTo(Speaker.Type.PERSON);
    assertThat(rain.first()).isZero();
    assertThat(mention("Newton Smith, the CBI's chief executive, wrote that firms were hurt.", "Newton Smith").gender())
        .isEqualTo(Gender.MALE);
  }

  @Test
  void twoKindsOfBodyJoinedBeforeACountry_areOneName_butTwoFirmsBeforeACountryAreNot() {
    assertThat(names("Colleges and Institutes Canada said the cap would hurt schools."))
        .contains("Colleges and Institutes Canada");
    assertThat(names("Rogers and Bell Canada said the prices would rise."))
        .doesNotContain("Rogers and Bell Canada");
  }

  @Test
  void oneWordNameOpeningARoleBeforeAFirmsTitle_isTheFirmEverywhere_butBeforeAnyOtherTitleIsNot() {
    String text = "Tesla said it would appeal. Tesla CEO Elon Musk said the rules were wrong.";
    Article doc = TestPipeline.read(text);
    Models m = TestPipeline.models();
    assertThat(new NameFinder(m.words(), m.entities(), doc.tokens()).find())
        .filteredOn(n -> n.first() == 0).allMatch(n -> n.type() == Speaker.Type.ORGANIZATION).hasSize(1);
    String other = "Sanders said he would stay. Sanders spokesman Michael Briggs said the race was close.";
    Article doc2 = TestPipeline.read(other);
    assertThat(new NameFinder(m.words(), m.entities(), doc2.tokens()).find())
        .filteredOn(n -> n.first() == 0).noneMatch(n -> n.type() == Speaker.Type.ORGANIZATION);
  }
}
