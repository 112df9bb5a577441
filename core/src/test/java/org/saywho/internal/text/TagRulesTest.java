package org.saywho.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.internal.pipeline.TestPipeline;
import org.saywho.internal.doc.Article;

class TagRulesTest {

  @Test
  void apply_tagsPartsOfSpeech_andQuoteMarks() {
    Article doc = TestPipeline.read("“We won,” Sanders’ aide said.");
    assertThat(TestPipeline.tagged(doc)).isEqualTo("“/`` We/PRP won/VBD ,/, ”/'' Sanders/NNP ’/POS aide/NN said/VBD ./.");
  }

  @Test
  void apply_straightQuotes_areOpeningAndClosingMarks() {
    Article doc = TestPipeline.read("He said \"no\" twice.");
    assertThat(doc.tokens().tag(2)).isEqualTo("``");
    assertThat(doc.tokens().tag(4)).isEqualTo("''");
  }

  @Test
  void apply_givenNameBetweenCommasAfterAPersonsNoun_isAName_butAnAdverbThereIsNot() {
    assertThat(TestPipeline.tagged(TestPipeline.read("Gagnon's husband, Luc, works the counter on weekends.")))
        .contains("Luc/NNP");
    assertThat(TestPipeline.tagged(TestPipeline.read("Her husband, meanwhile, works the counter on weekends.")))
        .doesNotContain("meanwhile/NNP");
  }

  @Test
  void apply_personsNounReadAsAVerbOpeningTheSentenceBeforeAName_isANoun_butNotBeforeALowerCaseWord() {
    assertThat(TestPipeline.tagged(TestPipeline.read("Witness Sarah Bighetty, who was leaving the mall, said she heard pops.")))
        .contains("Witness/NN");
    assertThat(TestPipeline.tagged(TestPipeline.read("Witness the chaos at the mall on Saturday.")))
        .doesNotContain("Witness/NN");
  }

  @Test
  void apply_verbReadAsAPluralNounAfterAnOpeningName_andItsObjectReadAsAVerb_areSwapped_butAPluralsVerbStays() {
    assertThat(TestPipeline.tagged(TestPipeline.read("Apple delays AI features in China, citing regulatory hurdles")))
        .contains("delays/VBZ", "features/NNS");
    assertThat(TestPipeline.tagged(TestPipeline.read("Apple shares fall in China after sales slump")))
        .contains("shares/NNS", "fall/VBP");
    assertThat(TestPipeline.tagged(TestPipeline.read("New Iran sanctions bill lacks bipartisan support")))
        .doesNotContain("lacks/NNS");
  }

  @Test
  void apply_pluralReadAsAVerbBeforeItsParticiple_isThePlural_whenItsOwnVerbFollows() {
    assertThat(TestPipeline.tagged(TestPipeline.read("Treasury figures released on Tuesday show a wider deficit.")))
        .contains("figures/NNS", "show/VBP");
    assertThat(TestPipeline.tagged(TestPipeline.read("The party remains committed to reform and needs money.")))
        .contains("remains/VBZ");
  }

  @Test
  void apply_findingVerbReadAsANounAfterAParticiplePhrase_isTheVerb_beforeAClause() {
    assertThat(TestPipeline.tagged(TestPipeline.read("Figures published by the ONS on Wednesday show prices rose.")))
        .contains("show/VBP");
    assertThat(TestPipeline.tagged(TestPipeline.read("Data released at the trade show on Friday.")))
        .contains("show/NN");
  }

  @Test
  void apply_capitalLetterWithoutItsStopBeforeANameAndAVerb_isAnInitial_butNotBeforeANounAndAPreposition() {
    assertThat(TestPipeline.tagged(TestPipeline.read("Leader of the Opposition R Ashoka said the government had failed.")))
        .contains("R/NNP Ashoka/NNP");
    assertThat(TestPipeline.tagged(TestPipeline.read("The firm received the famed E Award in 1965.")))
        .doesNotContain("E/NNP");
  }

  @Test
  void apply_pluralNounCueClosingASentenceAfterAQuoteAndANoun_isAVerb_butNotAfterAnAdjective() {
    assertThat(TestPipeline.tagged(TestPipeline.read("He admitted that he \"put his hands on her neck,\" the complaint states.")))
        .contains("states/VBZ");
    assertThat(TestPipeline.tagged(TestPipeline.read("Troops were sent to the border, the Baltic states.")))
        .doesNotContain("states/VBZ");
  }

  @Test
  void apply_capitalisedWordHyphenedToANameBeforeACommaOrAVerb_closesTheSurname_butNotBeforeANoun() {
    assertThat(TestPipeline.tagged(TestPipeline.read("Mistissini resident Sarah Coon-Come, 34, said her family packed their truck.")))
        .contains("Come/NNP");
    assertThat(TestPipeline.tagged(TestPipeline.read("Historians say the Anglo-French treaty failed within a year.")))
        .doesNotContain("French/NNP");
  }

  @Test
  void apply_capitalisedCommonNounClosingANameBeforeAVerbOrALowerCaseWord_isTheName_butACommonNounAfterANameIsNot() {
    assertThat(TestPipeline.tagged(TestPipeline.read("On Tuesday, Elon Musk said new users would pay a fee.")))
        .contains("Musk/NNP");
    assertThat(TestPipeline.tagged(TestPipeline.read("On Tuesday, the Trump campaign said new users would pay a fee.")))
        .contains("campaign/NN");
    assertThat(TestPipeline.tagged(TestPipeline.read("Tesla chief executive Elon Musk on Monday attacked the rules.")))
        .contains("Musk/NNP on/IN");
  }

  @Test
  void apply_givenNameAfterAPersonsNounOrBeforeAnApposedPerson_isAName_butNotBeforeAnApposedThing() {
    assertThat(TestPipeline.tagged(TestPipeline.read("When Olivia was ill, her older sister Grace went with her.")))
        .contains("Grace/NNP");
    assertThat(TestPipeline.tagged(TestPipeline.read("Grace, a high school teacher, tested negative two years ago.")))
        .contains("Grace/NNP");
    assertThat(TestPipeline.tagged(TestPipeline.read("Grace, a rare quality in politics, was missing that day.")))
        .doesNotContain("Grace/NNP");
  }

  @Test
  void apply_capitalisedForeignWordsTogether_areAName_butALowerCaseForeignWordIsNot() {
    String tagged = TestPipeline.tagged(TestPipeline.read("Neera Tanden, a Clinton supporter, asked whether he had thoughts."));
    assertThat(tagged).contains("Neera/NNP").contains("Tanden/NNP");
    assertThat(TestPipeline.tagged(TestPipeline.read("The rule was written ad hoc by the board.")))
        .doesNotContain("ad/NNP").doesNotContain("hoc/NNP");
  }

  @Test
  void apply_wordInCamelCase_isAName_butACapitalisedWordWithoutAnInnerCapitalIsNot() {
    assertThat(TestPipeline.tagged(TestPipeline.read("Model\n\nOpenAI on Thursday released a cheaper model.")))
        .contains("OpenAI/NNP").contains("Model/NN ");
  }

  @Test
  void apply_bareVerbBeforeTitleAndName_isAnAdjective() {
    Article doc = TestPipeline.read("“It matters,” said lead author Ingrid Hansen.");
    assertThat(TestPipeline.tagged(doc)).contains("lead/JJ author/NN Ingrid/NNP");
  }

  @Test
  void apply_commonNounOpeningANameBeforeAPersonsApposition_isTheGivenName_butATitleStaysOne() {
    assertThat(TestPipeline.tagged(TestPipeline.read("Rain Newton-Smith, the CBI's chief executive, wrote that firms were hurt.")))
        .contains("Rain/NNP");
    assertThat(TestPipeline.tagged(TestPipeline.read("Rain Newton-Smith wrote that firms were hurt by the rain.")))
        .doesNotContain("Rain/NNP");
  }

  @Test
  void apply_pastFormReadAsAnAdjectiveAfterAnAdverbBetweenCommas_isTheSubjectsVerb_butNotBeforeAComma() {
    assertThat(TestPipeline.tagged(TestPipeline.read(
        "England captain Ben Stokes, however, informed reporters that his side would not change its approach.")))
        .contains("informed/VBD");
    assertThat(TestPipeline.tagged(TestPipeline.read("The bill, however, amended in May, passed the Senate.")))
        .doesNotContain("amended/VBD");
  }

  @Test
  void apply_likeBeforeToAndAVerb_isAVerb_butNotBeforeANoun() {
    assertThat(TestPipeline.tagged(TestPipeline.read("Ministers like to say they are on the side of aspiration.")))
        .contains("like/VBP to/TO say/VB");
    assertThat(TestPipeline.tagged(TestPipeline.read("It looked like a storm to me.")))
        .doesNotContain("like/VBP");
  }

  @Test
  void apply_bareVerbAfterAClosingQuoteBeforeTitleAndName_isAnAdjective_butNotBeforeACommonNounAlone() {
    assertThat(TestPipeline.tagged(TestPipeline.read("\"It matters,\" lead author Mingyang Song, a professor at Harvard, said.")))
        .contains("lead/JJ author/NN Mingyang/NNP");
    assertThat(TestPipeline.tagged(TestPipeline.read("“It matters,” lead author Mingyang Song, a professor at Harvard, said.")))
        .contains("lead/JJ author/NN Mingyang/NNP");
    assertThat(TestPipeline.tagged(TestPipeline.read("Officials said “rising costs” lead investors to sell.")))
        .doesNotContain("lead/JJ");
  }

  @Test
  void apply_titleWordReadAsAVerbBeforeATitleAndAName_isAnAdjective_butNotBeforeATitleAndACommonNoun() {
    assertThat(TestPipeline.tagged(TestPipeline.read("Leafs head coach Craig Berube said he liked the response.")))
        .contains("head/JJ coach/NN Craig/NNP");
    assertThat(TestPipeline.tagged(TestPipeline.read("Women head coach searches less often than men.")))
        .contains("head/VBP coach/NN searches/NNS");
  }

  @Test
  void apply_firstWordOfAListedCompoundNoun_isANoun_butNotAfterASubjectPronoun() {
    assertThat(TestPipeline.tagged(TestPipeline.read("The Resolution Foundation think tank estimates that the cuts will hurt.")))
        .contains("think/NN tank/NN");
    assertThat(TestPipeline.tagged(TestPipeline.read("I think tanks are obsolete.")))
        .contains("think/VBP");
  }

  @Test
  void apply_bareVerbBeforeNounAndPreposition_staysAVerb() {
    Article doc = TestPipeline.read("The money helped build homes in Texas.");
    assertThat(TestPipeline.tagged(doc)).contains("build/VB homes/NNS in/IN");
  }

  @Test
  void apply_generalJoinedToATitle_isANoun_butAGeneralStrikeIsNot() {
    assertThat(TestPipeline.tagged(TestPipeline.read("“We are ready,” said the UN secretary-general, Antonio Guterres.")))
        .contains("secretary/NN -/HYPH general/NN");
    assertThat(TestPipeline.tagged(TestPipeline.read("The union called a general strike."))).contains("general/JJ");
  }

  @Test
  void apply_whoInCapitals_isTheWorldHealthOrganization_unlessTheSentenceIsInCapitals() {
    assertThat(TestPipeline.tagged(TestPipeline.read("WHO Director-General Tedros Adhanom Ghebreyesus said it was over.")))
        .startsWith("WHO/NNP");
    assertThat(TestPipeline.tagged(TestPipeline.read("WHO WILL WIN THE RACE?"))).startsWith("WHO/WP");
  }

  @Test
  void apply_isAfterANameBeforeASubjectAndItsVerb_isAPossessive_butNotBeforeAnAdverb() {
    assertThat(TestPipeline.tagged(TestPipeline.read("Cases rose, the WHO's regional office for Europe said in a report.")))
        .contains("WHO/NNP 's/POS regional/JJ office/NN");
    assertThat(TestPipeline.tagged(TestPipeline.read("The WHO's not sure, an official said."))).contains("WHO/NNP 's/VBZ");
  }

  @Test
  void apply_capitalisedNounAfterABodysNounClosingItsPhrase_isAName_butATitleIsNot() {
    assertThat(TestPipeline.tagged(TestPipeline.read("Sales fell 19%, according to research firm Counterpoint.")))
        .contains("Counterpoint/NNP");
    assertThat(TestPipeline.tagged(TestPipeline.read("The vote passed, said the union Chair, Ann Lee.")))
        .contains("Chair/NN ");
  }

  @Test
  void apply_nameParticleBetweenProperNouns_isPartOfTheName_butNotBeforeALowerCaseWord() {
    assertThat(TestPipeline.tagged(TestPipeline.read("Rio Grande do Sul Governor Eduardo Leite said the rain had stopped.")))
        .contains("do/NNP");
    assertThat(TestPipeline.tagged(TestPipeline.read("Voters in Rio Grande do not trust him."))).contains("do/VBP");
  }

  @Test
  void apply_handle_isAName_butAnEmailAddressIsNot() {
    assertThat(TestPipeline.tagged(TestPipeline.read("As one Twitter user @nycsouthpaw pointed out, the gap is big.")))
        .contains("@nycsouthpaw/NNP");
    assertThat(TestPipeline.tagged(TestPipeline.read("Write to tips@example.com with news."))).doesNotContain("/NNP");
  }

  @Test
  void apply_unknownAcronymWithAPossessive_isAName_butNotAfterAModifier() {
    assertThat(TestPipeline.tagged(TestPipeline.read("“It spread quickly,” LASEMA's director-general told journalists.")))
        .contains("LASEMA/NNP 's/POS");
    assertThat(TestPipeline.tagged(TestPipeline.read("The ads ran, a super PAC's filing showed."))).contains("PAC/NN 's/POS");
  }

  @Test
  void apply_pluralNounBetweenANameAndAColonBeforeAQuote_isAVerb_butNotBeforeAList() {
    assertThat(TestPipeline.tagged(TestPipeline.read(
        "The Centers for Disease Control and Prevention states: “There is no evidence of transmission.”")))
        .contains("states/VBZ :/:");
    assertThat(TestPipeline.tagged(TestPipeline.read("He toured the Baltic states: Estonia, Latvia and Lithuania.")))
        .contains("states/NNS :/:");
  }

  @Test
  void apply_pluralNounCueAfterANounBeforeThat_isAVerb_butNotAfterAPossessive() {
    assertThat(TestPipeline.tagged(TestPipeline.read(
        "In her report, the auditor general states that the province overspent by $1.2 billion.")))
        .contains("general/NN states/VBZ that/IN");
    assertThat(TestPipeline.tagged(TestPipeline.read("The government's claims that the economy grew are false.")))
        .doesNotContain("claims/VBZ");
    assertThat(TestPipeline.tagged(TestPipeline.read("He appeared amid news reports that question his statements.")))
        .doesNotContain("reports/VBZ");
  }

  @Test
  void apply_listenerVerbRightAfterANounBeforeAnInfinitive_isAPassiveParticiple_butNotWithItsListener() {
    assertThat(TestPipeline.tagged(TestPipeline.read("Queensland floods: Residents told to evacuate as river rises")))
        .contains("told/VBN to/TO");
    assertThat(TestPipeline.tagged(TestPipeline.read("Police told residents to evacuate on Tuesday.")))
        .contains("told/VBD residents/NNS");
    assertThat(TestPipeline.tagged(TestPipeline.read("Judicial Watch asked to depose Clinton in July.")))
        .doesNotContain("asked/VBN");
  }

  @Test
  void apply_pastFormInAnAbsoluteAfterWithBeforeAnInfinitive_isAPassiveParticiple_butNotAClausesVerb() {
    assertThat(TestPipeline.tagged(TestPipeline.read(
        "Residents were told to leave, with the Fitzroy River expected to peak at 9.4 metres on Thursday.")))
        .contains("expected/VBN to/TO");
    assertThat(TestPipeline.tagged(TestPipeline.read("Most economists expected to see a rate cut, with inflation falling.")))
        .contains("expected/VBD");
  }

  @Test
  void apply_pluralNounCueReadAsAVerbBeforeARelativeThat_isANoun_butBeforeAClauseStaysAVerb() {
    assertThat(TestPipeline.tagged(TestPipeline.read(
        "The plan is a set of Clean Air Act rules that could lead to the closing of hundreds of power plants.")))
        .contains("rules/NNS that/WDT could/MD");
    assertThat(TestPipeline.tagged(TestPipeline.read("The court rules that the law is void.")))
        .doesNotContain("rules/NNS");
  }

  @Test
  void apply_commonWordInABodysNameBeforeItsWord_isAName_butNotInATitleCaseHeadline() {
    assertThat(TestPipeline.tagged(TestPipeline.read("The Food and Drink Federation said the term was poorly defined.")))
        .contains("Drink/NNP");
    assertThat(TestPipeline.tagged(TestPipeline.read("Food and Drink Federation Warns on Labels")))
        .doesNotContain("Drink/NNP");
  }

  @Test
  void apply_capitalisedPrepositionBetweenACapitalisedNounAndAName_joinsTheName_butNotInATitleCaseHeadline() {
    assertThat(TestPipeline.tagged(TestPipeline.read("The medical charity Doctors Without Borders said two of its staff were hurt.")))
        .contains("Doctors/NNPS Without/NNP Borders/NNP");
    assertThat(TestPipeline.tagged(TestPipeline.read("Senators Without Masks Face Fines In New Capitol Rules")))
        .doesNotContain("Without/NNP");
  }

  @Test
  void apply_capitalisedGerundBeforeANameInsideASentence_opensTheName_butNotAfterAColon() {
    assertThat(TestPipeline.tagged(TestPipeline.read("Swift gave $5 million, according to the charity Feeding America.")))
        .contains("Feeding/NNP America/NNP");
    assertThat(TestPipeline.tagged(TestPipeline.read("The premier had one message: Keeping Canada safe comes first.")))
        .doesNotContain("Keeping/NNP");
  }

  @Test
  void apply_lowerCaseWordsJoinedByAHyphenBeforeANoun_areAdjectives_butNotBeforeAStop() {
    assertThat(TestPipeline.tagged(TestPipeline.read("\"The plan was bad,\" said long-time resident Jane Doe.")))
        .contains("long/JJ -/HYPH time/JJ resident/NN");
    assertThat(TestPipeline.tagged(TestPipeline.read("She promised a follow-up.")))
        .doesNotContain("up/JJ");
  }
}
