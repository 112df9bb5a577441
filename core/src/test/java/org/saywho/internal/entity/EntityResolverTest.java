package org.saywho.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saywho.Speaker;
import org.saywho.internal.doc.Entity;
import org.saywho.internal.pipeline.TestPipeline;
import org.saywho.internal.doc.Annotated;

class EntityResolverTest {

  private static Entity speakerOf(Annotated doc, int attribution) {
    return doc.speakers().speaker(attribution).orElseThrow();
  }

  /** The entity the article names so; fails when there is none. */
  private static Entity entityNamed(Annotated doc, String name) {
    return doc.speakers().entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  private static Entity lastSpeakerOf(Annotated doc) {
    return speakerOf(doc, doc.attributions().size() - 1);
  }

  /** The type of the last attribution's speaker in a text. */
  private static Speaker.Type lastSpeakerType(String text) {
    return lastSpeakerOf(TestPipeline.annotate(text)).type();
  }

  /** The name of the last attribution's speaker in a text where a written {@code \n} starts a paragraph. */
  private static String lastSpeakerName(String text) {
    return lastSpeakerOf(TestPipeline.annotate(text.replace("\\n", "\n"))).name();
  }

  @Test
  void placeAndPartyDescription_isTheLawmakerNamedJustBefore_butAnIndefiniteOneIsSomeoneElse() {
    assertThat(lastSpeakerName("House Speaker Paul Ryan says the world is watching.\n\n"
        + "The Wisconsin Republican said in a statement that allies were rattled.")).isEqualTo("Paul Ryan");
    assertThat(lastSpeakerName("Labour backbencher Rachael Maskell said the policy was cruel. "
        + "\"I cannot support this,\" the York Central MP told the BBC.")).isEqualTo("Rachael Maskell");
    assertThat(lastSpeakerName("House Speaker Paul Ryan says the world is watching.\n\n"
        + "\"The gap is too wide,\" said an Iowa Democrat.")).isNotEqualTo("Paul Ryan");
    assertThat(lastSpeakerName("Marco Rubio won an endorsement. The latest is Rep. Joe Wilson, the South Carolina"
        + " congressman, who said he voted for Rubio.")).isNotEqualTo("Marco Rubio");
  }

  @Test
  void nameWrittenWithANoBreakSpace_isNamedWithAPlainOne_butItsMentionKeepsTheText() {
    Annotated doc = TestPipeline.annotate("Jane\u00a0Doe said the road was closed.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("Jane Doe");
    assertThat(lastSpeakerOf(doc).mentions()).anySatisfy(m -> assertThat(m.in(doc.article().text())).isEqualTo("Jane\u00a0Doe"));
  }

  @Test
  void nameWithAZeroWidthSpacePastedIn_isNamedWithoutIt_butItsMentionKeepsTheText() {
    Annotated doc = TestPipeline.annotate("The VitaminC4Covid\u200b\u200b campaign says the trials were promising.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("VitaminC4Covid campaign");
    assertThat(lastSpeakerOf(doc).mentions()).anySatisfy(m -> assertThat(m.in(doc.article().text())).contains("\u200b"));
  }

  @Test
  void pollOfANameTheRecogniserCouldNotType_isTheOrganisations_butAnUnnamedPollIsNoOrganisation() {
    Annotated doc = TestPipeline.annotate("The tax is popular, according to a Gallup survey.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("Gallup");
    assertThat(lastSpeakerOf(doc).type()).isEqualTo(Speaker.Type.ORGANIZATION);
    assertThat(lastSpeakerName("The levy is popular, according to a Pew Research Center survey conducted in March."))
        .isEqualTo("Pew Research Center");
    assertThat(lastSpeakerType("The tax is popular, according to a recent survey.")).isNotEqualTo(Speaker.Type.ORGANIZATION);
  }

  @Test
  void pronounAfterAQuoteOfSomeoneGenderedOnlyByFirstName_isTheirs_whenTheOtherGendersPersonIsInAnEarlierParagraph() {
    assertThat(lastSpeakerName("Peter Dutton said the bill was fine.\n\nAssociate Professor Tama Leaver of Curtin University"
        + " said teenagers would find ways around it. \"Kids are good at this,\" he said.")).isEqualTo("Tama Leaver");
    assertThat(lastSpeakerName("Peter Dutton said the bill was fine. Associate Professor Tama Leaver of Curtin University"
        + " said teenagers would find ways around it. \"Kids are good at this,\" he said.")).isEqualTo("Peter Dutton");
  }

  @Test
  void pronounAfterAQuote_isThePersonTheSentenceBeforeIntroduced_whenTheSubjectInReachIsFromAnEarlierParagraph() {
    assertThat(lastSpeakerName("Jim Carter said he would sell.\n\nThat view is shared by the county's planning director,"
        + " Luis Romero. \"We have lost a third of our farmland,\" he said.")).isEqualTo("Luis Romero");
  }

  @Test
  void pronounAfterAQuote_isNotAPersonTheSentenceBeforeNamedAsAVerbsObject() {
    assertThat(lastSpeakerName("Senator Chris Murphy said the fight was not over.\n\nThe push has yielded one victory:"
        + " forcing Bernie Sanders to reverse his position. \"The primary has moved him,\" he said.")).isEqualTo("Chris Murphy");
  }

  @Test
  void unnamedIndividualWhoseReportOpensWithShe_isALaterShe_butOneWithoutIsNot() {
    assertThat(lastSpeakerName("Detective Inspector Claire Hughes said the attack was horrific.\n\n"
        + "A neighbour, who asked not to be named, said she heard screaming. \"It was terrifying,\" she said."))
        .isEqualTo("neighbour");
    assertThat(lastSpeakerName("Detective Inspector Claire Hughes said the attack was horrific.\n\n"
        + "A neighbour said the street was usually quiet. \"It was terrifying,\" she said."))
        .isEqualTo("Claire Hughes");
  }

  @Test
  void documentsMakerFollowedByItsAcronym_isTheMaker_butANoteInParenthesesIsNoMaker() {
    assertThat(lastSpeakerName("Pollution rose on Tuesday, according to data from the Central Pollution Control Board (CPCB)."))
        .isEqualTo("Central Pollution Control Board");
    assertThat(lastSpeakerName("The minister will resign, according to a statement from her office (PDF)."))
        .isEqualTo("her office");
  }

  @Test
  void governmentDirectorateOrSecretariat_isAnOrganisation_butItsDirectorIsNot() {
    assertThat(lastSpeakerType("Schools will stay closed till Friday, the Directorate of Education said."))
        .isEqualTo(Speaker.Type.ORGANIZATION);
    assertThat(lastSpeakerType("Schools will stay closed till Friday, the Director of Education said."))
        .isNotEqualTo(Speaker.Type.ORGANIZATION);
  }

  @Test
  void documentOfABodysCommonNounOpeningTheSentence_isNoBodysDocument_butAProperNamesIs() {
    assertThat(lastSpeakerType("The law was challenged. Court documents show that 2,000 people were arrested."))
        .isNotEqualTo(Speaker.Type.ORGANIZATION);
    assertThat(lastSpeakerName("The law was challenged. Gallup figures show that most voters support the plan."))
        .isEqualTo("Gallup");
  }

  @Test
  void documentWhoseMakerIsNamedAfterFromOrBy_isTheMakers_butARecognisersBodyAfterFromAloneIsNot() {
    Annotated doc = TestPipeline.annotate("Gasoline demand fell for a third week, according to data from the Energy"
        + " Information Administration.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("Energy Information Administration");
    assertThat(lastSpeakerOf(doc).type()).isEqualTo(Speaker.Type.ORGANIZATION);
    assertThat(lastSpeakerName("Data from the 2014 American Community Survey showed that rents rose."))
        .isEqualTo("American Community Survey");
    assertThat(lastSpeakerType("The deal is off, according to an email from Neera Tanden."))
        .isNotEqualTo(Speaker.Type.ORGANIZATION);
    assertThat(lastSpeakerName("Turnout fell sharply in every state, results of exit polls conducted by Edison"
        + " Research found."))
        .isEqualTo("Edison Research");
  }

  @Test
  void sheAfterAnUnnamedIndividualsReport_isTheIndividuals_notAnEarlierPersonOfUnknownGender_butAWomansStays() {
    assertThat(lastSpeakerName("Interior Minister Vit Rakusan told reporters there was no link."
        + " \"There is no reason to fear,\" Rakusan said.\n\nA student who was in the building told Czech Television"
        + " that people had hidden."
        + " \"We heard shots, then screaming,\" she said.")).isEqualTo("student");
    assertThat(lastSpeakerName("Interior Minister Jana Novakova told reporters there was no link."
        + " \"There is no reason to fear,\" Novakova said.\n\nA student who was in the building told Czech Television"
        + " that people had hidden."
        + " \"We heard shots, then screaming,\" she said.")).isEqualTo("Jana Novakova");
  }

  @Test
  void ledeBodyDescribedByAWordOfABodyNamedNext_isThatBody_notTheSubjectOfItsReport() {
    Annotated doc = TestPipeline.annotate("Qantas has agreed to pay a $100 million penalty, the competition regulator says.\n\n"
        + "The Australian Competition and Consumer Commission alleged last year that the airline sold tickets on"
        + " cancelled flights.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Australian Competition and Consumer Commission");
    Annotated mining = TestPipeline.annotate("Rio Tinto will cut 500 jobs, the mining giant said.\n\n"
        + "The Australian Workers' Union criticised the cuts.");
    assertThat(speakerOf(mining, 0).name()).isEqualTo("Rio Tinto");
  }

  @Test
  void theyAfterAPlace_isNoPlace_butABodyNamedBeforeIt() {
    Annotated doc = TestPipeline.annotate("My father bought 60 acres of land in upstate New York, where they planned to"
        + " take refuge.");
    assertThat(doc.attributions()).isNotEmpty();
    assertThat(doc.speakers().speaker(doc.attributions().size() - 1).map(Entity::name))
        .isNotEqualTo(java.util.Optional.of("New York"));
    assertThat(lastSpeakerName("The United Auto Workers met in Detroit on Monday. They said the offer was too low."))
        .isEqualTo("United Auto Workers");
  }

  @Test
  void bodyNamedOnlyAsAMessagesAddresseeOrInterviewer_isNoAntecedent_butAPartnerAfterWithIs() {
    assertThat(lastSpeakerName("Air Canada apologized in an email to CBC News. \"We regret the delay,\" a spokesperson"
        + " wrote.\n\nThe airline says it will pay for her hotel."))
        .isEqualTo("Air Canada");
    assertThat(lastSpeakerName("Air Canada apologized in an interview with CBC News. \"We regret the delay,\" a"
        + " spokesperson said.\n\nThe airline says it will pay for her hotel."))
        .isEqualTo("Air Canada");
    assertThat(lastSpeakerName("Air Canada apologized. It signed a code-share deal with WestJet Airlines on Monday.\n\n"
        + "The airline says it will pay for her hotel."))
        .isEqualTo("WestJet Airlines");
  }

  @Test
  void documentFromADescribedSourceOrAPerson_isThatSources_butTwoSuchDocumentsAreNoOneSpeaker() {
    assertThat(lastSpeakerName("Acme Corp. cut 300 jobs on Monday. A statement from the company said the cuts"
        + " were needed."))
        .isEqualTo("Acme Corp.");
    assertThat(lastSpeakerName("Paul Ryan spoke on Monday. A statement from Ryan's office said the bill would pass."))
        .isEqualTo("Paul Ryan's office");
    assertThat(lastSpeakerName("The deal is off, according to an email from John Smith.")).isEqualTo("John Smith");
    assertThat(lastSpeakerName("Acme Corp. cut jobs. A statement from the company said cuts were needed.\n\n"
        + "Paul Ryan spoke. A statement from Ryan's office said the bill would pass.")).isNotEqualTo("Acme Corp.");
  }

  @Test
  void documentWhoseMakerIsNamedAfterAParticipleADayOrAnOfPhrase_isTheMakers_butNotAfterAnotherPreposition() {
    assertThat(lastSpeakerName("According to data released by Statistics Canada last week, the unemployment rate rose"
        + " to 6.8 per cent.")).isEqualTo("Statistics Canada");
    assertThat(lastSpeakerName("Turnout among young voters rose, according to an exit poll conducted by Edison Research."))
        .isEqualTo("Edison Research");
    assertThat(lastSpeakerName("Small donors gave most of the money, according to an analysis of campaign filings by the"
        + " Center for Responsive Politics.")).isEqualTo("Center for Responsive Politics");
    assertThat(lastSpeakerName("Fewer people drove in July, according to a report Tuesday from the Energy Information"
        + " Administration.")).isEqualTo("Energy Information Administration");
    assertThat(lastSpeakerName("The plan is popular, according to a poll conducted among readers of the Toronto Star."))
        .isNotEqualTo("Toronto Star");
    assertThat(lastSpeakerName("Households cut their bills by 32 per cent, according to a study published on Thursday by "
        + "the Energy Saving Trust.")).isEqualTo("Energy Saving Trust");
    assertThat(lastSpeakerName("Households cut their bills by 32 per cent, according to a study published on Thursday in "
        + "the journal Nature Energy.")).isNotEqualTo("Nature Energy");
    assertThat(lastSpeakerName("Risk rose 10%, according to a large US study published in The BMJ on Wednesday."))
        .isNotEqualTo("US");
    assertThat(lastSpeakerName("Risk rose 10%, according to a large Gallup study published on Wednesday."))
        .isEqualTo("Gallup");
    assertThat(lastSpeakerName("More than 900,000 people are waiting, according to figures published on Friday by the"
        + " National Treatment Purchase Fund.")).isEqualTo("National Treatment Purchase Fund");
    Annotated seen = TestPipeline.annotate("According to documents seen by the BBC, the minister was warned twice.");
    assertThat(speakerOf(seen, 0).name()).isNotEqualTo("BBC");
  }

  @Test
  void documentWhoseMakerIsNamedInAParticipleAside_isTheMakers_butNotItsReader() {
    assertThat(lastSpeakerName("The report, released Tuesday by the Fraser Institute, found that patients waited 33.9 weeks."))
        .isEqualTo("Fraser Institute");
    assertThat(lastSpeakerName("The report, seen by the BBC, found that patients waited 33.9 weeks."))
        .isNotEqualTo("BBC");
  }

  @Test
  void fullNameReadAsABodysThenGivenAPersonsTitle_isThatPerson_butABodysNameStaysABody() {
    Annotated doc = TestPipeline.annotate("Elon Musk said on Monday that the rules were censorship.\n"
        + "Tesla chief executive Elon Musk on Monday attacked the rules. \"They are censorship,\" he said.");
    assertThat(speakerOf(doc, 0)).isSameAs(lastSpeakerOf(doc));
    assertThat(lastSpeakerOf(doc).type()).isEqualTo(Speaker.Type.PERSON);
    Annotated bank = TestPipeline.annotate("Goldman Sachs said profits rose.\n"
        + "Goldman Sachs Group chief executive David Solomon said the quarter was strong.");
    assertThat(speakerOf(bank, 0).type()).isNotEqualTo(Speaker.Type.PERSON);
  }

  @Test
  void theDocumentTakenUpAgain_isItsMakersNamedWithItsEarlierMention_butNotWhenThatMentionNamedNoMaker() {
    assertThat(lastSpeakerName("A survey by the Angus Reid Institute found that one in five adults had no doctor."
        + " In Quebec, the figure is closer to one in four, the survey suggests.")).isEqualTo("Angus Reid Institute");
    assertThat(lastSpeakerName("A new survey found that one in five adults had no doctor. The Angus Reid Institute"
        + " sponsored it. In Quebec, the figure is closer to one in four, the survey suggests."))
        .isNotEqualTo("Angus Reid Institute");
  }

  @Test
  void bodysNameApposedToADescriptionOfABody_isTheSpeaker_butNotApposedToADescriptionOfAPerson() {
    assertThat(lastSpeakerName("My union, the Royal College of Nursing, says 40,000 posts are vacant."))
        .isEqualTo("Royal College of Nursing");
    assertThat(lastSpeakerName("Her lawyer, the Legal Aid Society, said the case would be appealed."))
        .isNotEqualTo("Legal Aid Society");
  }

  @Test
  void personNamedWithCalledInAnApposition_isTheSpeaker_butAPlaceSoNamedIsNot() {
    assertThat(lastSpeakerName("Last month a colleague, a young nurse called Priya Shah, told me she was leaving."))
        .isEqualTo("Priya Shah");
    assertThat(lastSpeakerName("Last month a colleague, a nurse from a town called Springfield, told me she was leaving."))
        .isNotEqualTo("Springfield");
  }

  @Test
  void officeOfAPlaceInAppositionWithARelativeClause_isThePersonNamedBeforeIt_andAloneAnUnnamedHolder() {
    assertThat(lastSpeakerName("Rachael Maskell, the MP for York Central, who has led opposition to the changes, said:"
        + " “These cuts will push people into poverty.”")).isEqualTo("Rachael Maskell");
    Annotated doc = TestPipeline.annotate("The Governor of Texas said the talks were useful.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("Governor of Texas");
    assertThat(lastSpeakerOf(doc).type()).isEqualTo(Speaker.Type.PERSON);
  }

  @Test
  void officeBeforeAPersonsNameInApposition_isThatPersonsRole_butAnOfficeApposedToAnOfficeStaysTheSubject() {
    Annotated doc = TestPipeline.annotate("Canada's Minister of Health, Mark Holland, said the program would expand.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("Mark Holland");
    assertThat(lastSpeakerOf(doc).roles()).contains("Canada's Minister of Health");
    assertThat(lastSpeakerName("Ontario's Minister of Indigenous Affairs, Greg Rickford, said the province would help."))
        .isEqualTo("Greg Rickford");
    assertThat(lastSpeakerName("Norway's foreign minister, Ingrid Solberg, said the talks were useful."))
        .isEqualTo("Ingrid Solberg");
    assertThat(lastSpeakerName("The Ministry of Health, the agency in charge, said the program would expand."))
        .isEqualTo("Ministry of Health");
  }

  @Test
  void subjectOfAReducedRelativeAfterItsAntecedent_isTheSpeaker_butANounModifyingAPluralStaysInTheName() {
    assertThat(lastSpeakerName("Quebec will cut immigration, a move opposition parties said does not go far enough."))
        .isEqualTo("opposition parties");
    assertThat(lastSpeakerName("The shoal is now the place Pentagon officials say the United States might take a stand."))
        .isEqualTo("Pentagon officials");
    assertThat(lastSpeakerName("He did not apologize, something many Republicans had urged him to do."))
        .isEqualTo("many Republicans");
    assertThat(lastSpeakerName("The campaign officials said the rally would go ahead.")).isEqualTo("campaign officials");
    assertThat(lastSpeakerName("Veteran Republicans said the rally would go ahead.")).isEqualTo("Veteran Republicans");
  }

  @Test
  void groupWhoseFirstWordIsHyphenated_keepsTheWholeWord() {
    assertThat(lastSpeakerName("Working-class white voters say the economy matters most."))
        .isEqualTo("Working-class white voters");
  }

  @Test
  void nameSpelledOutBeforeTheAcronymAHeadlineUsed_isThatOrganisationNamedInFull_butAnotherAcronymIsNot() {
    Annotated doc = TestPipeline.annotate("TSMC beats profit forecasts\n\nTaiwan Semiconductor Manufacturing Co (TSMC)"
        + " said net profit rose 39%. TSMC said demand for chips stayed strong.");
    assertThat(doc.speakers().entities()).filteredOn(e -> e.type() == Speaker.Type.ORGANIZATION)
        .extracting(Entity::name).containsExactly("Taiwan Semiconductor Manufacturing Co");
    Annotated other = TestPipeline.annotate("TSMC beats profit forecasts\n\nThe Semiconductor Industry Association (SIA)"
        + " said sales rose 39%. TSMC said demand for chips stayed strong.");
    assertThat(lastSpeakerOf(other).name()).isEqualTo("TSMC");
  }

  @Test
  void definiteNounForAnUnnamedIndividualIntroducedBefore_isThatIndividual_butNotWhenItsModifierDiffers() {
    Annotated doc = TestPipeline.annotate("A police spokesperson said the fire started at 3 a.m. The spokesperson said no one was hurt.");
    assertThat(speakerOf(doc, 1).id()).isEqualTo(speakerOf(doc, 0).id());
    Annotated other = TestPipeline.annotate("A police spokesperson said the fire started at 3 a.m."
        + " The fire spokesperson said no one was hurt.");
    assertThat(speakerOf(other, 1).id()).isNotEqualTo(speakerOf(other, 0).id());
  }

  @Test
  void definiteNounForAnUnnamedIndividualWhoseBodyFollowsTheNoun_isThatIndividual_butNotTheBodysNoun() {
    Annotated doc = TestPipeline.annotate("A spokesperson for the Department of Health said it was disappointing.\n\n"
        + "The spokesperson added that doctors had received a rise.");
    assertThat(speakerOf(doc, 1).id()).isEqualTo(speakerOf(doc, 0).id());
    Annotated other = TestPipeline.annotate("A spokesperson for the health minister said it was disappointing.\n\n"
        + "The minister added that doctors had received a rise.");
    assertThat(speakerOf(other, 1).id()).isNotEqualTo(speakerOf(other, 0).id());
  }

  @Test
  void placeNamedOnlyBeforeAnAreaNoun_isNoOrganisationForABodysNoun_butABodyNamedBeforeIs() {
    assertThat(lastSpeakerName("Maria Lopez, who lives in the Maryvale neighborhood, spoke against the cuts."
        + " The union praised the vote.")).isNotEqualTo("Maryvale");
    assertThat(lastSpeakerName("The United Auto Workers met on Monday. The union praised the vote."))
        .isEqualTo("United Auto Workers");
  }

  @Test
  void theySpeakingAtTheEndOfASentenceAfterAPluralSubject_isThosePeople_notTheBodyNamedInTheirPhrase() {
    assertThat(lastSpeakerName("Researchers at the University of Sydney followed 78,000 adults for seven years."
        + " Those who walked more had a lower risk of dementia, they found.")).isEqualTo("Researchers at the University of Sydney");
    assertThat(lastSpeakerName("The University of Sydney followed 78,000 adults for seven years."
        + " Those who walked more had a lower risk of dementia, they found.")).isNotEqualTo("Researchers");
  }

  @Test
  void theyInsideASentenceWithAPluralSubjectForPeople_isThosePeople_evenAfterADateline_butNotAThingsSubject() {
    assertThat(lastSpeakerName("PARIS (AP) — Hundreds of farmers blocked a motorway south of Paris on Tuesday,"
        + " the latest protest over what they say are unfair rules.")).isEqualTo("Hundreds of farmers");
    Annotated tractors = TestPipeline.annotate("PARIS (AP) — Tractors blocked a motorway south of Paris on Tuesday,"
        + " the latest protest over what they say are unfair rules.");
    assertThat(tractors.speakers().speaker(tractors.attributions().size() - 1).map(Entity::name))
        .isNotEqualTo(java.util.Optional.of("Tractors"));
  }

  @Test
  void documentDescribedWithAParticiplePhraseAfterItsNoun_isNamedByItsNoun_butAParticipleBeforeItStays() {
    assertThat(lastSpeakerName("Daily walk cuts dementia risk\\n\\nWalking about 4,000 steps a day may lower the risk of dementia by a quarter,"
        + " according to a study published Monday in the journal Nature Medicine."))
        .isEqualTo("study");
    assertThat(lastSpeakerName("Daily walk cuts dementia risk\\n\\nWalking about 4,000 steps a day may lower the risk of"
        + " dementia by a quarter, according to a newly published study.")).isEqualTo("newly published study");
  }

  @Test
  void officeInAnotherPersonsRole_isThePossessorsOffice_notTheAgentsWhoseRoleNamesIt() {
    Annotated doc = TestPipeline.annotate("Mayor Olivia Chow's spokesperson, Arianne Robinson, said crews had cleared the roads."
        + " In a post on social media, the mayor said residents should expect delays.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("Olivia Chow");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Arianne Robinson");
  }

  @Test
  void definiteDescriptionNamingABody_isThePersonWhoseRoleNamesIt_butNotSomeoneOfAnotherBody() {
    String text = "Foreign Ministry spokesman Zhao Lijian republished a video of Robert Redfield.\n\n"
        + "Redfield said some deaths were later identified as cases.\n\n"
        + "“The CDC was caught on the spot,” the Foreign Ministry official said.";
    assertThat(lastSpeakerOf(TestPipeline.annotate(text)).name()).isEqualTo("Zhao Lijian");
    Annotated other = TestPipeline.annotate(
        text.replace("the Foreign Ministry official", "the Health Ministry official"));
    assertThat(other.speakers().speaker(other.attributions().size() - 1).map(Entity::name))
        .isNotEqualTo(java.util.Optional.of("Zhao Lijian"));
  }

  @Test
  void pronounAfterASentenceOpenedByTheSamePronoun_isNotTheNameThatSentenceHoldsAfterIt() {
    String chained = "A man pleaded guilty on Monday to threatening Rep. Ilhan Omar.\n\n"
        + "The court will sentence him in May.\n\nNo date was set.\n\n"
        + "He was arrested in April for a call to the offices of Omar.\n\n"
        + "During the call, he said, “She should go.”";
    Annotated doc = TestPipeline.annotate(chained);
    assertThat(doc.speakers().speaker(doc.attributions().size() - 1)).isEmpty();
    Annotated other = TestPipeline.annotate(chained.replace("He was arrested", "She was arrested"));
    assertThat(lastSpeakerOf(other).name()).isEqualTo("Ilhan Omar");
  }

  @Test
  void pronounAfterAnOpeningParticiple_continuesTheSubjectBefore_butNotPastAnotherPersonNamedInIt() {
    Annotated doc = TestPipeline.annotate("Kemi Badenoch, the Conservative leader, accused the government of chaos."
        + " Speaking during a visit to Kent, she said: “Labour has lost control of its own party.”");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("Kemi Badenoch");
    assertThat(lastSpeakerOf(doc).gender()).isEqualTo(Speaker.Gender.FEMALE);
    Annotated other = TestPipeline.annotate("Kemi Badenoch, the Conservative leader, accused the government of chaos."
        + " Speaking after Robin Kaur, she said: “Labour has lost control of its own party.”");
    assertThat(speakerOf(other, 0).gender()).isEqualTo(Speaker.Gender.UNKNOWN);
  }

  @Test
  void theyOpeningTheSentenceAfterAnUnnamedPluralSubject_isThosePeople_notABodyNamedEarlier() {
    assertThat(lastSpeakerName("The study was published in JAMA Neurology.\n"
        + "The researchers tracked participants for seven years. They found that faster walking brought more benefits."))
        .isEqualTo("researchers");
    assertThat(lastSpeakerName("Workers at Verizon walked out in April.\n"
        + "The company tracked its losses for seven weeks. They said that the strike had cost millions."))
        .isNotEqualTo("company");
  }

  @Test
  void theyAfterAPluralSubjectWithAParticipleAside_isThosePeople_butNotAfterAList() {
    assertThat(lastSpeakerName("The study was published in Nature Medicine on Monday.\n\nThe researchers, led by"
        + " Joan Ballester, analysed mortality data from 823 regions. Women were hit hardest, they found."))
        .isEqualTo("researchers");
    assertThat(lastSpeakerName("The study was published in Nature Medicine on Monday.\n\nThe researchers, the"
        + " doctors and the nurses met in Madrid. Women were hit hardest, they found."))
        .isNotEqualTo("researchers");
  }

  @Test
  void descriptionUsedAgain_namesWhatItNamedFirst_notABodyNamedSince() {
    assertThat(lastSpeakerName("Manchester United sacked their manager, with the club sitting 14th in the Premier League.\n"
        + "In a statement, the club thanked him for his work.")).isEqualTo("Manchester United");
    assertThat(lastSpeakerName("Manchester United sacked their manager on Monday.\nThe Premier League fined Chelsea.\n"
        + "In a statement, the club thanked him for his work.")).isEqualTo("Premier League");
  }

  @Test
  void nameOnlyOfWhatAnotherBodyOwns_isNotTheCompany_butANamedPlantWithoutAnOwnerIs() {
    assertThat(lastSpeakerName("Marathon Petroleum will shut its Alliance refinery this year, the company announced Friday."))
        .isEqualTo("Marathon Petroleum");
    assertThat(lastSpeakerName("Workers at the Alliance refinery walked out, the company announced Friday."))
        .isEqualTo("Alliance");
  }

  @Test
  void bodyDescribedWithANameAsItsModifier_isTheSubjectBody_orItselfWithNone() {
    assertThat(lastSpeakerName("Shell will sell the refinery, the Anglo-Dutch company said.")).isEqualTo("Shell");
    assertThat(lastSpeakerName("Chelsea have completed the signing of Kaoru Mitoma, the Premier League club announced."))
        .isEqualTo("Chelsea");
    assertThat(lastSpeakerName("Chelsea have signed Mitoma. The Premier League club said ticket sales were up."))
        .isEqualTo("Premier League club");
    assertThat(lastSpeakerName("Shell sold the refinery in May, and the Anglo-Dutch company said it would sell more."))
        .isEqualTo("Anglo-Dutch company");
    assertThat(lastSpeakerName("The Clinton campaign said the ad was false.")).isNotEqualTo("Premier League club").contains("Clinton");
  }

  @Test
  void oneWordNameBeforeAPluralVerb_isATeam_notAPerson() {
    assertThat(lastSpeakerType("Chelsea have signed the winger, the club said.")).isEqualTo(Speaker.Type.ORGANIZATION);
    assertThat(lastSpeakerType("Chelsea said she had signed the papers.")).isEqualTo(Speaker.Type.PERSON);
  }

  @Test
  void thisPollRightAfterAPoll_isThatPoll_butThisStoryIsNoEarlierOne() {
    Annotated poll = TestPipeline.annotate("Clinton leads.\n\nThe Daybreak tracking poll showed that Trump is leading Clinton."
        + " In this poll, Trump rose 1 percentage point since Monday.");
    assertThat(lastSpeakerOf(poll).name()).isEqualTo(speakerOf(poll, 0).name());
    assertThat(lastSpeakerName("Carson told his Life Story in 1990.\n\nHe spoke again on Monday.\n\nCritics doubted it.\n\n"
        + "This story reported that Carson posted the syllabus on Facebook.")).isNotEqualTo("Life Story");
  }

  @Test
  void bodyOnlyInTheStoreOfDataResearchersUsed_isNotTheTeam_butOneNamedAsASubjectIs() {
    assertThat(lastSpeakerName("Researchers analysed data from 380,000 adults in the UK Biobank.\n"
        + "Those who drank coffee had a lower risk, the team reported.")).isEqualTo("team");
    assertThat(lastSpeakerName("The UK Biobank released new data on 380,000 adults.\n"
        + "Those who drank coffee had a lower risk, the team reported.")).isEqualTo("UK Biobank");
    assertThat(lastSpeakerName("In the Wells Fargo scandal, people were charged fees they never agreed to.\n"
        + "The bank said it had fired 5,300 employees.")).isEqualTo("Wells Fargo");
  }

  @Test
  void placeSpeakingAsItsGovernment_isAnOrganisationOfItsOwn_notTheCompanyNamedBefore() {
    assertThat(lastSpeakerType("Ontario will join the lawsuit against opioid makers, the province said Tuesday."))
        .isEqualTo(Speaker.Type.ORGANIZATION);
    assertThat(lastSpeakerName("Purdue Pharma denied the claims on Monday.\nThe state said it would appeal the ruling."))
        .isEqualTo("state");
  }

  @Test
  void irishPrimeMinistersOffice_joinsTheHolderTheArticleNames() {
    Annotated doc = TestPipeline.annotate("Taoiseach insists Government will see out its term\n\n"
        + "The Taoiseach has insisted the Government will see out its full term.\n\n"
        + "Speaking in Cork, Mr Martin said the coalition had a clear mandate.");
    assertThat(speakerOf(doc, 0)).isEqualTo(lastSpeakerOf(doc));
    assertThat(lastSpeakerOf(doc).type()).isEqualTo(Speaker.Type.PERSON);
  }

  @Test
  void lastName_linksToTheFullName_withRole() {
    Annotated doc = TestPipeline.annotate(
        "U.S. Secretary of State Marco Rubio met Lavrov.\nRubio said the talks were useful.");
    Entity rubio = lastSpeakerOf(doc);
    assertThat(rubio.name()).isEqualTo("Marco Rubio");
    assertThat(rubio.type()).isEqualTo(Speaker.Type.PERSON);
    assertThat(rubio.roles()).containsExactly("U.S. Secretary of State");
    assertThat(rubio.mentions()).extracting(m -> m.in(doc.article().text())).contains("Marco Rubio", "Rubio");
  }

  @Test
  void firstOfTwoSurnamesAlone_linksToTheFullName() {
    assertThat(lastSpeakerName("The bank's president, Melba Acosta Febo, said the loans were safe.\n"
        + "Ms. Acosta said the bank needed new powers.")).isEqualTo("Melba Acosta Febo");
  }

  @Test
  void makerOfGoods_isNoGovernmentDepartment_butWhatAnyBodyDoesMayBe() {
    String lede = "Shares of Nvidia Corp. fell 6% after the U.S. Commerce Department said it would require licences.\n";
    assertThat(lastSpeakerName(lede + "The Santa Clara, California-based chipmaker said it expected a charge of $5.5 billion."))
        .startsWith("Nvidia");
    assertThat(lastSpeakerName(lede + "The agency said it expected the rules to take effect in May."))
        .isEqualTo("U.S. Commerce Department");
  }

  @Test
  void titleInCapitals_isTheUnnamedIndividualIntroducedWithIt_notASpeakerApart() {
    Annotated doc = TestPipeline.annotate("One Labour MP, who asked not to be named, told the Guardian that 50 colleagues could "
        + "abstain. \"People are furious,\" the MP said.");
    assertThat(speakerOf(doc, doc.attributions().size() - 1)).isSameAs(speakerOf(doc, 0));
    Annotated other = TestPipeline.annotate("One Labour official told the Guardian that 50 colleagues could abstain. "
        + "\"People are furious,\" the MP said.");
    assertThat(speakerOf(other, other.attributions().size() - 1)).isNotSameAs(speakerOf(other, 0));
  }

  @Test
  void bodyBeforeItsAcronymInParentheses_isTheClausesSubject_thatTheRegulatorStandsFor() {
    assertThat(lastSpeakerName("Ireland's Data Protection Commission (DPC) has fined Meta a record sum for transferring the "
        + "data of European Facebook users to the United States, the regulator announced on Monday."))
        .isEqualTo("Data Protection Commission");
    assertThat(lastSpeakerName("Meta Platforms was fined by Ireland's Data Protection Commission (DPC) on Monday for "
        + "transferring data to the United States, the company said."))
        .isEqualTo("Meta Platforms");
  }

  @Test
  void appositionHeadedByABodysNoun_describesTheBody_notThePerson() {
    assertThat(TestPipeline.annotate("John Smith, a spokesman for Oxfam, the British charity, said the aid was late.")
        .speakers().speaker(0)).hasValueSatisfying(e -> assertThat(e.roles()).containsExactly("spokesman for Oxfam"));
    assertThat(TestPipeline.annotate("Jane Doe, a lawyer for the union, said the deal was fair.")
        .speakers().speaker(0)).hasValueSatisfying(e -> assertThat(e.roles()).containsExactly("lawyer for the union"));
  }

  @Test
  void magazine_isNoLegislature_butACommitteeMayBe() {
    assertThat(Stream.of("the British news magazine", "the committee")
        .map(source -> lastSpeakerName("Dr. Oz has been investigated by Congress for promoting weight loss pills.\n"
            + "More than half of his medical advice is wrong, according to " + source + ".")))
        .containsExactly("British news magazine", "Congress");
  }

  @Test
  void nameTheRecogniserReadsAsAnOrganisationOnlyLater_isOneFromItsFirstMention_soTheCompanyIsIt() {
    String text = "SAN FRANCISCO (Reuters) - Anthropic has raised $2 billion from investors led by Lightspeed Venture Partners.\n"
        + "The company declined to comment on the funding.\n"
        + "Amazon, which has invested $8 billion in Anthropic, said its stake does not give it control.";
    Annotated doc = TestPipeline.annotate(text);
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Anthropic");
    assertThat(entityNamed(doc, "Anthropic").type()).isEqualTo(Speaker.Type.ORGANIZATION);
  }

  @Test
  void nameTheRecogniserNeverReadsAsAnOrganisation_staysUnread() {
    Annotated doc = TestPipeline.annotate("SAN FRANCISCO (Reuters) - Anthropic has raised $2 billion from investors.\n"
        + "The startup's chief executive said the money would go toward computing power.");
    assertThat(entityNamed(doc, "Anthropic").type()).isEqualTo(Speaker.Type.UNKNOWN);
  }

  @Test
  void teamNamedByAPlaceAndACapitalisedPlural_isAnOrganization_butPeopleOfAPlaceAreAGroup() {
    assertThat(lastSpeakerType("The Winnipeg Jets said in a social media post that the team was saddened."))
        .isEqualTo(Speaker.Type.ORGANIZATION);
    assertThat(lastSpeakerType("The Iowa voters said in a survey that the economy was weak."))
        .isEqualTo(Speaker.Type.GROUP);
  }

  @Test
  void descriptionWithAnotherPossessor_isAnotherGroup_butTheSamePossessorIsTheSame() {
    assertThat(lastSpeakerName("Lawyers for the challengers argued that the lanes had reduced collisions.\n"
        + "The province's lawyers countered that traffic data was mixed.")).isNotEqualTo("Lawyers for the challengers");
    assertThat(lastSpeakerName("Lawyers for the company argued that the deal was legal.\n"
        + "The company's lawyers also said that the fine was too high.")).isEqualTo("Lawyers for the company");
  }

  @Test
  void bodyNamedByItsKind_isTheLatestOrganizationThatActs_notAPlaceOrPlatform() {
    assertThat(lastSpeakerName("Apple reported record sales on Thursday.\nThe company said demand was strong."))
        .isEqualTo("Apple");
    assertThat(lastSpeakerName("At a news conference in Ottawa, Trudeau spoke first.\n"
        + "The agency said drivers must rest for ten hours.")).isEqualTo("agency");
  }

  @Test
  void bodyNamedByItsKindAfterAPlaceBasedModifier_isTheLatestOrganization_butNotWhenANameIsItsOwn() {
    assertThat(lastSpeakerName("Canadian Tire Corp. Ltd. is cutting jobs.\n"
        + "The Toronto-based company said the cuts would affect 200 roles.")).isEqualTo("Canadian Tire Corp. Ltd.");
    assertThat(lastSpeakerName("Canadian Tire Corp. Ltd. is cutting jobs.\n"
        + "The Toronto Transit Commission said the cuts would affect 200 roles.")).isNotEqualTo("Canadian Tire Corp. Ltd.");
  }

  @Test
  void iSpeakingInsideALabelledAnswer_isTheAnswerer_butAnIOfTheWritersOwnIsNoOne() {
    Annotated doc = TestPipeline.annotate("Kirsten Hillman was named ambassador in 2020. She spoke with reporters on Friday.\n\n"
        + "Q: How worried should Canadians be about new tariffs?\n\n"
        + "A: I think we should take them seriously. The president has been clear.\n\n"
        + "Q: What happens if the tariffs go ahead?\n\nA: Then we will respond.");
    List<Integer> saidByI = attributionsSpokenBy(doc, "I");
    assertThat(saidByI).isNotEmpty();
    saidByI.forEach(a -> assertThat(speakerOf(doc, a).name()).isEqualTo("Kirsten Hillman"));
    Annotated column = TestPipeline.annotate("Kirsten Hillman spoke with reporters on Friday.\n\n"
        + "I think the tariffs will hurt both countries, and Hillman said talks would continue.");
    List<Integer> writers = attributionsSpokenBy(column, "I");
    assertThat(writers).isNotEmpty();
    writers.forEach(a -> assertThat(column.speakers().speaker(a)).isEmpty());
  }

  /** The attributions whose speaker mention is the word {@code word}. */
  private static List<Integer> attributionsSpokenBy(Annotated doc, String word) {
    List<Integer> out = new ArrayList<>();
    for (int a = 0; a < doc.attributions().size(); a++) {
      if (doc.attributions().get(a).speaker().map(sp -> doc.article().tokens().word(sp.head()).equals(word)).orElse(false)) {
        out.add(a);
      }
    }
    return out;
  }

  @Test
  void theResearchersAfterResearchersIntroducedWithTheirInstitution_areNamedSo_butNotWithoutThem() {
    assertThat(lastSpeakerName("Researchers at the University of Sydney followed 78,000 adults for seven years.\n\n"
        + "Those who walked more had a lower risk of dementia, the researchers wrote.")).isEqualTo("Researchers at the University of Sydney");
    assertThat(lastSpeakerName("Researchers at the University of Sydney followed 78,000 adults. They found that walking helped."))
        .isEqualTo("Researchers at the University of Sydney");
    assertThat(lastSpeakerName("The study followed 78,000 adults for seven years.\n\n"
        + "Those who walked more had a lower risk of dementia, the researchers wrote.")).isEqualTo("researchers");
  }

  @Test
  void companyRankedAmongItsKindInAPlace_isTheCompanyThatWasTheSubjectJustBefore_butARankedPersonIsNot() {
    assertThat(lastSpeakerName("Rio Tinto cut its dividend on Wednesday.\n"
        + "The world's biggest iron ore miner said demand from China had weakened.")).isEqualTo("Rio Tinto");
    assertThat(lastSpeakerName("Toyota recalled 1 million cars.\n"
        + "Japan's largest automaker said the fault could cause fires.")).isEqualTo("Toyota");
    assertThat(lastSpeakerName("Tesla cut its prices on Wednesday.\n"
        + "The world's richest man said demand had cooled.")).isNotEqualTo("Tesla");
  }

  @Test
  void industrysNounForACompany_isTheCompanyThatIsTheSubject_butAPersonsNounIsNot() {
    assertThat(lastSpeakerName("Boeing will lay off about 17,000 employees, the planemaker said Friday."))
        .isEqualTo("Boeing");
    assertThat(lastSpeakerName("Boeing will lay off about 17,000 employees, the machinist said Friday."))
        .isNotEqualTo("Boeing");
  }

  @Test
  void bodyDescribedAfterItsCityAndRegion_isTheLatestOrganization_butNotWithoutTheOpeningThe() {
    assertThat(lastSpeakerName("Loblaw Cos. Ltd. reported a higher profit on Wednesday.\n"
        + "The Brampton, Ont.-based grocer said net earnings rose.")).isEqualTo("Loblaw Cos. Ltd.");
    assertThat(lastSpeakerName("Loblaw Cos. Ltd. reported a higher profit on Wednesday.\n"
        + "In Brampton, Ont.-based grocers said sales rose.")).isNotEqualTo("Loblaw Cos. Ltd.");
  }

  @Test
  void nameEndingInAPluralBodyWord_withAPersonsRole_staysAnOrganization_butAPersonsNameWithOneIsAPerson() {
    Annotated doc = TestPipeline.annotate("The film's producer, Jio Studios, said the film would open on 4,000 screens.");
    assertThat(lastSpeakerOf(doc).type()).isEqualTo(Speaker.Type.ORGANIZATION);
    Annotated person = TestPipeline.annotate("The film's producer, Ritesh Sidhwani, said the film would open on 4,000 screens.");
    assertThat(lastSpeakerOf(person).type()).isEqualTo(Speaker.Type.PERSON);
  }

  @Test
  void ministryDescribed_isNoOfficeNamedBefore_butADepartmentIs() {
    assertThat(lastSpeakerName("Output fell 0.2%, the Federal Statistical Office said.\n"
        + "The ministry said the weakness was largely homemade.")).isEqualTo("ministry");
    assertThat(lastSpeakerName("Output fell 0.2%, the Department of Commerce said.\n"
        + "The ministry said the weakness was largely homemade.")).isEqualTo("Department of Commerce");
  }

  @Test
  void bodyNamedByTwoWords_isAnOrganisation_butOneOfItsPeopleIsAGroup() {
    assertThat(lastSpeakerOf(TestPipeline.annotate("The coast guard said two ships had intruded.")).type())
        .isEqualTo(Speaker.Type.ORGANIZATION);
    assertThat(lastSpeakerOf(TestPipeline.annotate("A security guard said two men had run off.")).type())
        .isEqualTo(Speaker.Type.GROUP);
  }

  @Test
  void barePoliceWithOrWithoutThe_isThePoliceForceNamedBefore_butNoOtherBody() {
    assertThat(lastSpeakerName("Calgary police say they are investigating a death.\n\n"
        + "Police said the man was in his 40s.")).isEqualTo("Calgary police");
    assertThat(lastSpeakerName("Breitbart News reported the arrest on Monday.\n\n"
        + "Police said the man was in his 40s.")).isEqualTo("Police");
    assertThat(lastSpeakerName("Acme Corp. cut 300 jobs on Monday.\n\nThe police said two men were arrested."))
        .isNotEqualTo("Acme Corp.");
  }

  @Test
  void armedForcesNamedByADemonym_areTheirOwn_notTheCapitalNamedBefore() {
    assertThat(lastSpeakerName("Manila gave a different account.\n"
        + "The Philippine armed forces said Chinese vessels had used water cannon.")).isEqualTo("Philippine armed forces");
    assertThat(lastSpeakerName("Samsung gave a different account.\n"
        + "The South Korean company said sales had risen.")).isEqualTo("Samsung");
  }

  @Test
  void bodyDescribed_isNoCityTheArticleWritesWhereThingsHappen_butTheAdministrationMayBeItsSeat() {
    assertThat(lastSpeakerName("Montreal families scramble as daycare workers strike\n\n"
        + "Parents across Montreal are juggling work and child care.\n\n"
        + "The union said its members earn too little.")).isEqualTo("union");
    assertThat(lastSpeakerName("Officials met at the White House on Tuesday.\n"
        + "The administration said the talks went well.")).isEqualTo("White House");
  }

  @Test
  void commissionDescribed_isNoPartyNamedBefore_butACommissionNamedBeforeIt() {
    assertThat(lastSpeakerName("The African National Congress lost its majority.\n\n"
        + "The ANC won 40.2% of the vote, the electoral commission said.")).isNotEqualTo("African National Congress");
    assertThat(lastSpeakerName("The Electoral Commission of South Africa counted the votes.\n\n"
        + "The ANC won 40.2% of the vote, the commission said.")).isEqualTo("Electoral Commission of South Africa");
  }

  @Test
  void surnameAlone_isNotARelativesWhoSharesIt_unlessNoOneElseHasIt() {
    assertThat(lastSpeakerName("Hillary Clinton collapsed on Sunday and was taken to daughter Chelsea Clinton’s"
        + " apartment, The Post has learned.\n\nClinton had told police officials that she didn’t want the escort"
        + " at all, the source added.")).isEqualTo("Hillary Clinton");
    assertThat(lastSpeakerName("His daughter, Chelsea Clinton, spoke on Monday.\n\n"
        + "Clinton said the foundation would keep its doors open.")).isEqualTo("Chelsea Clinton");
  }

  @Test
  void surnameAlone_isNotARelativeApposedToTheirKin_unlessNoOneElseHasIt() {
    assertThat(lastSpeakerName("Margaret Pryce opens the shop at nine every morning.\n\nHer son, David Pryce, 54, helps"
        + " on weekends.\n\nSales fell by half in 2020, Pryce said.")).isEqualTo("Margaret Pryce");
    assertThat(lastSpeakerName("Her son, David Pryce, 54, helps on weekends.\n\nSales fell by half in 2020, Pryce said."))
        .isEqualTo("David Pryce");
  }

  @Test
  void companyDescribed_isTheBodyOwningItsSentencesOpeningNoun_notTheBodyQuotedBefore() {
    assertThat(lastSpeakerName("The World Health Organization has warned that deaths from heat could double.\n\n"
        + "Shares of Airbus fell 3% on Tuesday after the planemaker cut its delivery target. In a regulatory"
        + " filing, the company said it now expects to deliver about 770 aircraft.")).isEqualTo("Airbus");
    assertThat(lastSpeakerName("The World Health Organization issued a heat warning on Monday.\n\n"
        + "Most of Europe sweltered on Tuesday, the agency said.")).isEqualTo("World Health Organization");
  }

  @Test
  void campaignDescribed_isOnlyABodyNamedAsACampaign() {
    assertThat(lastSpeakerName("It would trigger an obscure Democratic Party mechanism.\n\n"
        + "The campaign plans to release more medical records soon, a spokesman said."))
        .isNotEqualTo("Democratic Party");
    assertThat(lastSpeakerName("The Human Rights Campaign released a statement on Monday.\n\n"
        + "The campaign plans to release a scorecard of every candidate soon, a spokesman said."))
        .isEqualTo("Human Rights Campaign");
  }

  @Test
  void journalDescribed_isNoLegislatureNamedBefore_andABoardMayBeAPapers() {
    assertThat(lastSpeakerName("He has been investigated by Congress for promoting weight loss pills. And half of his"
        + " advice is unsupported — or flat out wrong — according to the top British medical journal."))
        .isEqualTo("top British medical journal");
    assertThat(lastSpeakerName("The Wall Street Journal published an editorial on Tuesday.\n"
        + "The governor is an articulate conservative, the editorial board writes.")).isEqualTo("Wall Street Journal");
  }

  @Test
  void unionDescribed_isAnAssociationNamedBefore_butNoSocietyIs() {
    assertThat(lastSpeakerName("The British Medical Association said junior doctors will walk out for five days.\n"
        + "The union said members would strike from 27 June.")).isEqualTo("British Medical Association");
    assertThat(lastSpeakerName("The Royal Society said the study was sound.\n"
        + "The union said members would strike from 27 June.")).isNotEqualTo("Royal Society");
  }

  @Test
  void kindOfBodyDescribed_skipsABodyNamedAsAnotherKind_notOneOfItsKind_andAnyBodyDoesWhatTheCompanyDoes() {
    assertThat(lastSpeakerName("The United Nurses of Alberta said members approved the deal.\n"
        + "Jessica Tran, a nurse at the Royal Alexandra Hospital, voted against it.\n"
        + "According to the union, Alberta has 1,500 vacant positions.")).isEqualTo("United Nurses of Alberta");
    assertThat(lastSpeakerName("Jessica Tran, a nurse at the Royal Alexandra Hospital, spoke first.\n"
        + "The company said it had 1,500 vacant positions.")).isEqualTo("Royal Alexandra Hospital");
    assertThat(lastSpeakerName("Starr is now the chancellor of Baylor University.\n"
        + "The school said it had reviewed the charges.")).isEqualTo("Baylor University");
    assertThat(lastSpeakerName("City council voted 9-4 to cut the police budget on Tuesday.\n"
        + "The police union criticized the vote, saying it would put officers at risk.")).isEqualTo("police union");
    assertThat(lastSpeakerName("Hannah Wood, a legal worker with Dalhousie Legal Aid Service, spoke first.\n"
        + "In a statement, the department said it was reviewing the act.")).isEqualTo("department");
    assertThat(lastSpeakerName("The Secret Service reviewed the shooting.\n"
        + "The service said its agents had followed procedure.")).isEqualTo("Secret Service");
    assertThat(lastSpeakerName("Al-Masirah TV reported the strike on Monday.\n"
        + "The ministry said the report was false.")).isEqualTo("ministry");
    assertThat(lastSpeakerName("Al-Masirah TV reported the strike on Monday.\n"
        + "The channel said its reporters had seen the damage.")).isEqualTo("Al-Masirah TV");
  }

  @Test
  void placeSpeakingAsItsGovernment_isTheStateOrProvinceNamedLast_butStaysItselfWhenNoneWas() {
    assertThat(lastSpeakerName("Ontario will build a large nuclear plant near Port Hope, the province announced Wednesday."))
        .isEqualTo("Ontario");
    assertThat(lastSpeakerName("Queensland will cap rents.\nThe state said landlords had a year to comply."))
        .isEqualTo("Queensland");
    assertThat(lastSpeakerName("A plant will be built near Toronto, the province announced Wednesday."))
        .isEqualTo("province");
  }

  @Test
  void placeNameEndingAPersonsFullName_isThatPerson_butAPlaceWithNoSuchPersonStaysAPlace() {
    assertThat(lastSpeakerType("Canadiens coach Martin St. Louis said his team let the game slip away.\n"
        + "“We stopped doing the things that got us the lead,” St. Louis said.")).isEqualTo(Speaker.Type.PERSON);
    assertThat(lastSpeakerType("The Canadiens flew home on Sunday.\n"
        + "“We stopped doing the things that got us the lead,” St. Louis said.")).isNotEqualTo(Speaker.Type.PERSON);
  }

  @Test
  void pluralOrDocumentAfterANameAndAComma_isNoApposition_butASingularRoleIs() {
    assertThat(lastSpeakerName("Trump is winning.\n\nWealthy conservatives are helping pay for a series of last-ditch "
        + "efforts to wound Donald J. Trump, disclosures filed on Sunday night revealed."))
        .isEqualTo("disclosures");
    assertThat(lastSpeakerName("Wealthy donors are turning against Donald Trump, officials said."))
        .isEqualTo("officials");
    assertThat(lastSpeakerName("The rules changed on Monday. Angelique Brunner, a developer, said the rules were unfair."))
        .isEqualTo("Angelique Brunner");
  }

  @Test
  void bodysNounAfterAPersonsNameAndAComma_isNoApposition_butTheBodyNamedBefore() {
    assertThat(lastSpeakerName("Acme Corp. hired John Smith, the company said.")).isEqualTo("Acme Corp.");
    assertThat(lastSpeakerName("The rules changed. Jane Jones, the union's leader, said they were unfair."))
        .isEqualTo("Jane Jones");
  }

  @Test
  void bodyDescriptionWithALevelOfGovernment_isNotABodyWhoseNameLacksItsLevel_butJoinsOneThatHasIt() {
    assertThat(lastSpeakerName("The fire had burned 5,000 acres, according to the California Department of Forestry and "
        + "Fire Protection.\nNo deaths had been reported, the county fire department said."))
        .isEqualTo("county fire department");
    assertThat(lastSpeakerName("The fire had burned 5,000 acres, according to the Los Angeles County Fire Department.\n"
        + "No deaths had been reported, the county fire department said."))
        .isEqualTo("Los Angeles County Fire Department");
    assertThat(lastSpeakerName("A spokesperson for Queensland Fire and Emergency Services says crews carried out 150"
        + " rescues.\nIt comes as the federal government announced it would match state funding."))
        .isNotEqualTo("Queensland Fire and Emergency Services");
    assertThat(lastSpeakerName("The Federal Emergency Management Agency sent 200 workers.\nThe federal agency said"
        + " more would follow.")).isEqualTo("Federal Emergency Management Agency");
  }

  @Test
  void companyAfterASubjectNoOneTyped_isThatSubject_butNotOneAfterADeterminer() {
    Annotated doc = TestPipeline.annotate("OpenAI on Thursday released a cheaper model.\n\n"
        + "The company said the new model would cost developers less.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("OpenAI");
    assertThat(lastSpeakerOf(doc).type()).isEqualTo(Speaker.Type.ORGANIZATION);
    Annotated index = TestPipeline.annotate("The Dow was held back by a drop in the oil giant Exxon Mobil. "
        + "The company reported its smallest quarterly profit in 17 years.");
    assertThat(lastSpeakerOf(index).name()).isEqualTo("Exxon Mobil");
  }

  @Test
  void roleOpeningWithIts_namesTheOrganisationNamedJustBefore_butNotAPlaceAfterIn() {
    Annotated doc = TestPipeline.annotate("The Nigeria Labour Congress has threatened a strike. "
        + "Its president, Joe Ajaero, said workers could no longer afford food.");
    assertThat(lastSpeakerOf(doc).roles()).containsExactly("Nigeria Labour Congress's president");
    Annotated place = TestPipeline.annotate("The host committee in Cleveland has raised $56 million. "
        + "The committee is short of its goal, said David Gilbert, its president.");
    assertThat(lastSpeakerOf(place).roles()).containsExactly("its president");
  }

  @Test
  void roleGivenTwiceInDifferentCase_isListedOnce_butTwoRolesAreBoth() {
    Annotated doc = TestPipeline.annotate("Alberta premier Danielle Smith says the vote will go ahead.\n"
        + "Alberta Premier Danielle Smith said voters deserve a say.");
    assertThat(speakerOf(doc, 0).roles()).containsExactly("Alberta premier");
    Annotated two = TestPipeline.annotate("Alberta premier Danielle Smith says the vote will go ahead.\n"
        + "UCP leader Danielle Smith said voters deserve a say.");
    assertThat(speakerOf(two, 0).roles()).containsExactly("Alberta premier", "UCP leader");
  }

  @Test
  void theCountry_isTheLastCountryNamed_notTheLastBodyOrState() {
    assertThat(lastSpeakerName("Britain voted to leave the European Union in June.\n"
        + "The country said it would leave the single market.")).isEqualTo("Britain");
    assertThat(lastSpeakerName("Apple reported record sales in Virginia on Thursday.\n"
        + "The country said demand was strong.")).isNotIn("Apple", "Virginia");
  }

  @Test
  void nameOfUnknownType_withAnAppositionForABody_isAnOrganisation_butNotWithOneForAPerson() {
    assertThat(lastSpeakerType("Threshold, the housing charity, said it had seen a rise in calls."))
        .isEqualTo(Speaker.Type.ORGANIZATION);
    assertThat(lastSpeakerType("Threshold, the housing campaigner, said she had seen a rise in calls."))
        .isNotEqualTo(Speaker.Type.ORGANIZATION);
    assertThat(lastSpeakerType("Ban Ki-moon, the secretary general of the United Nations, said the plan had failed."))
        .isNotEqualTo(Speaker.Type.ORGANIZATION);
  }

  @Test
  void bodyDescribedFirst_takesTheProperNameALaterMentionGivesIt() {
    Annotated doc = TestPipeline.annotate("The top British medical journal said half of the advice was wrong.\n"
        + "The British Medical Journal said the advice was unsupported.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("British Medical Journal");
    assertThat(speakerOf(doc, 1)).isSameAs(speakerOf(doc, 0));
    assertThat(speakerOf(doc, 0).roles()).containsExactly("top British medical journal");
  }

  @Test
  void stateBodyNarrowedByADemonym_isABodyOfItsOwn_butACompanyIsTheLatestOrganization() {
    assertThat(lastSpeakerName("IG Metall said workers feared job cuts.\n"
        + "The German government said it was monitoring the situation.")).isEqualTo("German government");
    assertThat(lastSpeakerName("IG Metall said workers feared job cuts.\n"
        + "The union said it was monitoring the situation.")).isEqualTo("IG Metall");
    assertThat(lastSpeakerName("Siemens Energy shares fell on Thursday.\n"
        + "The German company said losses would be larger.")).isEqualTo("Siemens Energy");
  }

  @Test
  void theCompany_isTheOrganisationThatWasTheSubjectBefore_notOneNamedInPassing() {
    Annotated doc = TestPipeline.annotate("Unilever to cut jobs\n\nUnilever Plc plans to cut 7,500 jobs and separate its "
        + "ice cream business, which includes Ben & Jerry's and Magnum, as it seeks to simplify its operations.\n\n"
        + "The company said in a statement that the cuts would save 800 million euros.");
    assertThat(speakerOf(doc, doc.attributions().size() - 1).name()).isEqualTo("Unilever");
  }

  @Test
  void theAgency_isTheOwnerOpeningTheSentenceBefore_notAPrepositionsObjectNamedLast() {
    Annotated doc = TestPipeline.annotate("Nasa's Europa Clipper spacecraft has swung past Mars, using the planet's gravity "
        + "to slingshot itself toward Jupiter, the space agency said on Monday.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Nasa");
    Annotated inside = TestPipeline.annotate("Analysts praised Nestle's results while Unilever shares fell.\n\n"
        + "The company said in a statement that it would cut costs.");
    assertThat(speakerOf(inside, inside.attributions().size() - 1).name()).isEqualTo("Unilever");
  }

  @Test
  void bodyCalledByItsInitialsOrFirstWordInTheHeadline_isTheBodyNamedInFullAfter_butNotABodyOfAnotherKind() {
    Annotated who = TestPipeline.annotate("WHO declares mpox outbreak a global emergency\n\nThe World Health Organization "
        + "declared the outbreak a global emergency on Wednesday.\n\nMore than 14,000 cases have been reported this year, "
        + "according to WHO figures.");
    assertThat(speakerOf(who, who.attributions().size() - 1).name()).isEqualTo("World Health Organization");
    Annotated doc = TestPipeline.annotate("Samsung profit beats forecasts\n\nSamsung Electronics on Tuesday posted a 25% rise "
        + "in operating profit.\n\nSamsung said it expected demand for memory chips to remain strong.");
    assertThat(speakerOf(doc, doc.attributions().size() - 1).name()).isEqualTo("Samsung Electronics");
    Annotated foundation = TestPipeline.annotate("Ford recalls trucks\n\nThe Ford Foundation said on Monday it would give "
        + "$10 million to schools.\n\nFord said the recall covered 40,000 trucks.");
    assertThat(speakerOf(foundation, foundation.attributions().size() - 1).name()).isEqualTo("Ford");
  }

  @Test
  void companyRankedAmongItsKind_isTheSubjectBefore_pastTheDayItActed_butNotAPrepositionsObject() {
    Annotated doc = TestPipeline.annotate("Samsung Electronics on Tuesday posted a 25% rise in operating profit.\n\n"
        + "The world's biggest memory chipmaker said demand for its chips was strong.");
    assertThat(speakerOf(doc, doc.attributions().size() - 1).name()).isEqualTo("Samsung Electronics");
    Annotated object = TestPipeline.annotate("Investors bought shares of Samsung Electronics on Tuesday after the results.\n\n"
        + "The world's biggest memory chipmaker said demand for its chips was strong.");
    assertThat(speakerOf(object, object.attributions().size() - 1).name()).isNotEqualTo("Samsung Electronics");
  }

  @Test
  void theCompany_isTheEmployerInAPersonsTitle_whenNoOrganisationIsNamedBefore_butNotAPlaceInIt() {
    Annotated doc = TestPipeline.annotate("Boeing Chief Executive Kelly Ortberg told investors on Tuesday that the planemaker "
        + "was on the right track.\n\nThe company reported a third-quarter loss of $6.2 billion.\n\nBoeing said it would "
        + "raise $25 billion.");
    assertThat(speakerOf(doc, 1).name()).isEqualTo("Boeing");
    assertThat(speakerOf(doc, 1)).isSameAs(lastSpeakerOf(doc));
    Annotated place = TestPipeline.annotate("Toronto Mayor Olivia Chow told reporters on Tuesday that the deal was good for the "
        + "city.\n\nThe company said it would hire 200 people.");
    assertThat(lastSpeakerOf(place).name()).isNotEqualTo("Toronto");
  }

  @Test
  void loneBodyWord_isTheOneOrganisationWhoseNameItEnds_butNotWhenTwoDo() {
    assertThat(lastSpeakerName("The European Commission proposed the plan in June.\n\nRussian gas made up 13% of imports "
        + "last year, according to Commission data.")).isEqualTo("European Commission");
    assertThat(lastSpeakerName("The Supreme Court said the law was void. The High Court said it was valid.\n\n"
        + "The ruling stands, according to Court records.")).doesNotEndWith("Supreme Court").doesNotEndWith("High Court");
  }

  @Test
  void companyNameReadAsAPersonsBesideAnApposition_isTheCompanyNamedBefore_butAFullNameWithATitleIsAPerson() {
    Annotated doc = TestPipeline.annotate("Acme Robotics Announces Funding\n\nAcme Robotics, a developer of warehouse "
        + "automation systems, today announced that it has raised $40 million.");
    assertThat(lastSpeakerOf(doc).type()).isEqualTo(Speaker.Type.ORGANIZATION);
    assertThat(doc.attributions()).allSatisfy(a -> assertThat(speakerOf(doc, doc.attributions().indexOf(a))).isSameAs(lastSpeakerOf(doc)));
    Annotated person = TestPipeline.annotate("Elon Musk said on Monday that the rules were censorship.\n"
        + "Tesla chief executive Elon Musk said the company would appeal.");
    assertThat(lastSpeakerOf(person).type()).isEqualTo(Speaker.Type.PERSON);
  }

  @Test
  void descriptionThatCountersTheSpeakerQuotedJustBefore_isSomeoneElse_butOneThatAddsIsTheSame() {
    String before = "The race entered its final week with Vice President Kamala Harris and former President Donald Trump "
        + "offering different visions.\n\nSpeaking in Philadelphia, Harris accused her opponent of planning a sales tax. "
        + "\"He would raise prices,\" she said.\n\n";
    assertThat(lastSpeakerName(before + "The Republican nominee countered at a rally that Harris had destroyed the economy."))
        .isEqualTo("Donald Trump");
    assertThat(lastSpeakerName(before + "The Democratic nominee added at a rally that Trump had wrecked the economy."))
        .isEqualTo("Kamala Harris");
    assertThat(lastSpeakerName(before + "At a town hall in Hudson, the Trump supporter retorted that Harris was wrong."))
        .contains("supporter");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      "The plan was bad," said 34-year-old resident Jane Doe.                               | 34-year-old resident
      "The plan was bad," said resident Jane Doe.                                           | resident
      "It will cut us off," said Leo Puglisi, a 17-year-old who runs a news service.        | 17-year-old
      "It will cut us off," said Leo Puglisi, a student who runs a news service.            | student
      """)
  void roleWithAHyphenedCompound_isWhole_beforeTheNameOrAfterAnInvertedSpeaker_andEndsBeforeTheRelative(String text,
      String role) {
    assertThat(lastSpeakerOf(TestPipeline.annotate(text)).roles()).containsExactly(role);
  }

  @Test
  void theCompany_isTheOrganisationNamedLast_whenNoneWasASubject() {
    Annotated doc = TestPipeline.annotate("Deal agreed\n\nRegulators in Brussels fined Unilever on Monday, and the "
        + "fine was paid by Nestle.\n\nThe company said in a statement that it would appeal.");
    assertThat(speakerOf(doc, doc.attributions().size() - 1).name()).isEqualTo("Nestle");
  }

  @Test
  void headlinesShortName_isTheSourceTheArticleSpellsOutLater_bySurnameOrInitials() {
    Annotated musk = TestPipeline.annotate("Musk says X will charge new users\n\nElon Musk said on Tuesday that new users "
        + "would have to pay a small fee.");
    assertThat(speakerOf(musk, 0)).isSameAs(speakerOf(musk, 1));
    assertThat(speakerOf(musk, 0).name()).isEqualTo("Elon Musk");
    Annotated un = TestPipeline.annotate("UN warns of famine in Sudan\n\nThe United Nations warned on Tuesday that millions "
        + "of people face famine.");
    assertThat(speakerOf(un, 0).name()).isEqualTo("United Nations");
  }

  @Test
  void headlinesTitleInitials_areThePersonWithThatTitleQuotedLater_butNotAPersonWithAnother() {
    Annotated pm = TestPipeline.annotate("Australia to ban social media for under-16s, PM says\n\nAustralia will ban children "
        + "from social media, Prime Minister Anthony Albanese announced on Thursday.");
    assertThat(speakerOf(pm, 0).name()).isEqualTo("Anthony Albanese");
    Annotated other = TestPipeline.annotate("Australia to ban social media for under-16s, PM says\n\nAustralia will ban children "
        + "from social media, Opposition leader Peter Dutton said on Thursday.");
    assertThat(speakerOf(other, 0).name()).isNotEqualTo("Peter Dutton");
  }

  @Test
  void headlinesShortName_staysItsOwn_whenNoLaterSourceSpellsItOut() {
    Annotated doc = TestPipeline.annotate("Smith says the plant will close\n\nJane Doe said on Tuesday that the plant would "
        + "close in May.");
    assertThat(speakerOf(doc, 0)).isNotSameAs(speakerOf(doc, 1));
  }

  @Test
  void bodyNamedInCapitals_isItself_notTheOrganisationNamedLast() {
    Annotated doc = TestPipeline.annotate("Report\n\nMost meetings were with groups that had donated to the Clinton "
        + "Foundation.\n\nThe AP reported that 85 of the 154 meetings were with foundation donors.");
    assertThat(speakerOf(doc, doc.attributions().size() - 1).name()).isEqualTo("AP");
  }

  @Test
  void nameTheTaggerReadsAsACommonNoun_joinsTheSameNameSpeakingBefore_butAnotherCommonNounStaysItsOwn() {
    Annotated doc = TestPipeline.annotate("Chow hit back on Twitter, saying the province owed the city money.\n\n"
        + "Chow responded on X, saying the city would not back down.");
    assertThat(speakerOf(doc, 0)).isSameAs(lastSpeakerOf(doc));
    Annotated other = TestPipeline.annotate("Chow hit back on Twitter, saying the province owed the city money.\n\n"
        + "Staff responded on X, saying the city would not back down.");
    assertThat(speakerOf(other, 0)).isNotSameAs(lastSpeakerOf(other));
    assertThat(lastSpeakerOf(other).name()).isEqualTo("Staff");
  }

  @Test
  void bodiesJoinedByAndTheSecondWithThe_areOneGroupSpeaking_butCommonNounsSoJoinedAreNot() {
    Entity both = lastSpeakerOf(TestPipeline.annotate(
        "The Canadian Union of Public Employees and the Ontario Nurses' Association said they would strike."));
    assertThat(both.type()).isEqualTo(Speaker.Type.GROUP);
    assertThat(both.name()).isEqualTo("Canadian Union of Public Employees and the Ontario Nurses' Association");
    assertThat(lastSpeakerName("The city and the province said they had reached a deal.")).isEqualTo("province");
  }

  @Test
  void loneNameReadAsAPersonsWithoutATitle_isTheCompanyNamedSo_butAPersonBearingItStaysThePerson() {
    Annotated doc = TestPipeline.annotate("Shopify Inc. shares rose more than 12 per cent on Tuesday after the Ottawa-based "
        + "e-commerce company reported quarterly revenue that topped analysts' expectations.\n\nAccording to Bloomberg data, Shopify is now "
        + "the most valuable company listed on the Toronto Stock Exchange after Royal Bank of Canada.\n\n"
        + "The company declined to comment on reports that it was in talks to acquire a payments startup.");
    assertThat(doc.speakers().entities()).noneMatch(e -> e.type() == Speaker.Type.PERSON);
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("Shopify Inc.");
    Entity premier = lastSpeakerOf(TestPipeline.annotate("Ford Motor Co. shares rose on Tuesday.\n\n"
        + "Premier Doug Ford said the plant would stay open.\n\nFord said the plant would stay open."));
    assertThat(premier.type()).isEqualTo(Speaker.Type.PERSON);
    assertThat(premier.name()).isEqualTo("Doug Ford");
  }

  @Test
  void titleInCapitalsAlone_isAnUnnamedIndividual_butAnAcronymAloneIsAnOrganisation() {
    assertThat(lastSpeakerType("One senior backbencher was angry.\n\n\"People are furious,\" the MP said."))
        .isEqualTo(Speaker.Type.GROUP);
    assertThat(lastSpeakerType("One senior backbencher was angry.\n\n\"People are furious,\" the BBC said."))
        .isEqualTo(Speaker.Type.ORGANIZATION);
  }

  @Test
  void pronounAfterAccordingTo_isThePersonItStandsFor() {
    Annotated doc = TestPipeline.annotate("Drains cleared\n\nThe commissioner, Tokunbo Wahab, spoke on Sunday.\n\n"
        + "According to him, many of the structures were erected without approval.");
    assertThat(speakerOf(doc, doc.attributions().size() - 1).name()).isEqualTo("Tokunbo Wahab");
  }

  @Test
  void speakerMentionOfAReportSplitByItsCue_isOneSpeaker() {
    Annotated doc = TestPipeline.annotate("In an interview with CBC News on Sunday, Smith said the province was ready.\n"
        + "Under the new rules, the agency said, drivers must rest for ten hours.");
    assertThat(doc.attributions()).hasSize(3);
    assertThat(speakerOf(doc, 1)).isSameAs(speakerOf(doc, 2));
  }

  @Test
  void transcriptLabel_linksToTheFullName_orBecomesAPerson() {
    Annotated doc = TestPipeline.annotate(
        "Mike Pence spoke on Fox News Sunday.\n“WALLACE: Will Gennifer Flowers be there?\n“PENCE: She will not be there.\n“WALLACE: Thank you.”");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("WALLACE");
    assertThat(speakerOf(doc, 0).type()).isEqualTo(Speaker.Type.PERSON);
    assertThat(speakerOf(doc, 1).name()).isEqualTo("Mike Pence");
  }

  @Test
  void capitalisedSpeakerWithoutALabelColon_isNotLinkedBySurname() {
    Annotated doc = TestPipeline.annotate(
        "Mike Pence spoke on Monday.\nNATO said the talks were useful.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("NATO");
  }

  @Test
  void hyphenatedSurname_isOneSurname() {
    Annotated doc = TestPipeline.annotate(
        "Douglas Holtz-Eakin said the plan was complex.\nMr. Holtz-Eakin said the plan would raise taxes.");
    assertThat(speakerOf(doc, 1).id()).isEqualTo(speakerOf(doc, 0).id());
    assertThat(speakerOf(doc, 1).name()).isEqualTo("Douglas Holtz-Eakin");
  }

  @Test
  void acronymTheRecogniserMissed_isTheOrganisationItAbbreviates() {
    Annotated doc = TestPipeline.annotate(
        "The Christian News Service reported that the rate rose.\nCNS said the rate was 12 percent.");
    assertThat(speakerOf(doc, 1).name()).isEqualTo("Christian News Service");
    assertThat(speakerOf(doc, 1).type()).isEqualTo(Speaker.Type.ORGANIZATION);
  }

  @Test
  void bodyNamedWithItsAcronymInParentheses_isAnOrganisation_andItsShortFormJoinsIt() {
    Annotated doc = TestPipeline.annotate("The Assam State Disaster Management Authority (ASDMA) said the river was rising."
        + "\nThe Assam State Disaster Management Authority said more rain was expected.");
    assertThat(speakerOf(doc, 0).type()).isEqualTo(Speaker.Type.ORGANIZATION);
    assertThat(speakerOf(doc, 0)).isSameAs(speakerOf(doc, 1));
  }

  @Test
  void possessedRoleNoun_isAPerson_whileAnIndefiniteOneIsAGroup() {
    Annotated doc = TestPipeline.annotate(
        "Pagliano's lawyer said the hearing was a stunt.\nA lawyer said the hearing was legal.");
    assertThat(speakerOf(doc, 0).type()).isEqualTo(Speaker.Type.PERSON);
    assertThat(speakerOf(doc, 1).type()).isEqualTo(Speaker.Type.GROUP);
  }

  @Test
  void nameOfUnknownTypeInAHeadline_becomesThePersonALaterMentionNames() {
    Annotated doc = TestPipeline.annotate("Obama Says African-American Museum Tells Story of America.\n"
        + "The museum opened on Saturday, Obama told the crowd.\nPresident Obama said the museum would tell the truth.");
    assertThat(doc.speakers().entities()).filteredOn(e -> e.name().equals("Obama")).singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(Speaker.Type.PERSON));
  }

  @Test
  void possessivePronounAsSpeaker_resolvesLikeItsSubjectForm() {
    Annotated doc = TestPipeline.annotate(
        "Donald Trump spoke on Monday.\nHis claim that people would learn nothing was false.");
    assertThat(doc.attributions()).isNotEmpty();
    int last = doc.attributions().size() - 1;
    assertThat(doc.article().tokens().span(doc.attributions().get(last).speaker().orElseThrow().first(),
        doc.attributions().get(last).speaker().orElseThrow().last()).in(doc.article().text())).isEqualTo("His");
    assertThat(speakerOf(doc, last).name()).isEqualTo("Donald Trump");
  }

  @Test
  void pronoun_resolvesToTheLatestSubjectOfItsGender() {
    Annotated doc = TestPipeline.annotate(
        "Hillary Clinton met voters in Ohio on Monday.\nShe said the economy was improving.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Hillary Clinton");
  }

  @Test
  void pronounInsideReportedContent_isNotAnAntecedent() {
    Annotated doc = TestPipeline.annotate(
        "Peskov said Donald Trump heard only one version of events. He added that the talks would go on.");
    assertThat(speakerOf(doc, 1).name()).isEqualTo("Peskov");
  }

  @Test
  void unnamedSource_isNamedByItsDescription_withCanonicalNamesInside() {
    Annotated doc = TestPipeline.annotate(
        "Marco Rubio flew to New York.\nA spokesperson for Rubio said the meeting was useful.");
    Entity source = speakerOf(doc, 0);
    assertThat(source.name()).isEqualTo("spokesperson for Marco Rubio");
    assertThat(source.type()).isEqualTo(Speaker.Type.GROUP);
  }

  @Test
  void spokespersonForAMinisterWithTwoPortfolios_isTheSpokesperson_butTheMinisterNamedAfterAndSpeaksForHimself() {
    Annotated doc = TestPipeline.annotate(
        "A spokesperson for Municipal Affairs and Housing Minister Paul Calandra said the government was building homes.");
    assertThat(speakerOf(doc, 0).type()).isEqualTo(Speaker.Type.GROUP);
    Annotated own = TestPipeline.annotate(
        "Municipal Affairs and Housing Minister Paul Calandra said the government was building homes.");
    assertThat(speakerOf(own, 0).name()).isEqualTo("Paul Calandra");
  }

  @Test
  void bodyDescribedWithANounModifierItsNameLacks_isAnotherBody_butOneWhoseNameHoldsItIsThatBody() {
    Annotated doc = TestPipeline.annotate("More than 500 people crossed the Channel on Sunday, Border Force said. "
        + "The government has set up a task force. The task force said arrests had doubled.");
    assertThat(speakerOf(doc, 1).name()).isNotEqualTo("Border Force");
    Annotated same = TestPipeline.annotate("The Toronto District School Board said classes would resume. "
        + "The school board said buses would run.");
    assertThat(speakerOf(same, 1).name()).isEqualTo("Toronto District School Board");
  }

  @Test
  void pronounNothingResolves_isThePersonDescribedAsTheSubjectBefore_butNotOneOfTheOtherGender() {
    Annotated doc = TestPipeline.annotate("The mayor smiled. \"We will miss her,\" he said.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("mayor");
    Annotated other = TestPipeline.annotate("The mother smiled. \"We will miss her,\" he said.");
    assertThat(other.speakers().speaker(0).map(Entity::name)).isNotEqualTo(java.util.Optional.of("mother"));
  }

  @Test
  void pluralDescription_isAGroup() {
    Annotated doc = TestPipeline.annotate( "Officials said the bridge would reopen on Monday.");
    assertThat(speakerOf(doc, 0).type()).isEqualTo(Speaker.Type.GROUP);
  }

  @Test
  void organisation_isTypedFromItsName() {
    Annotated doc = TestPipeline.annotate( "The Justice Department said the inquiry was closed.");
    assertThat(speakerOf(doc, 0).type()).isEqualTo(Speaker.Type.ORGANIZATION);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Peabody Energy said the mine would close.                          | ORGANIZATION
      Canada said it would answer the tariffs.                           | ORGANIZATION
      Angela Merkel said the talks had failed.                           | PERSON
      The FBI director said the inquiry was closed.                      | PERSON
      A source said the inquiry was closed.                              | GROUP
      Twelve percent said they would not vote.                           | GROUP
      A Bloomberg poll found that most voters were undecided.            | ORGANIZATION
      A poll found that most voters were undecided.                      | UNKNOWN
      Ivana Trump's brief says that the claims were false.               | UNKNOWN
      No one said the plan would work.                                   | GROUP
      According to Politico, the campaign was scrambling for votes.      | ORGANIZATION
      According to Tom Cotton, the campaign was scrambling for votes.    | PERSON
      According to Sportsnet, tickets were selling for $2,000.           | ORGANIZATION
      According to Sam Cooper, tickets were selling for $2,000.          | PERSON
      Retired Air Force general Lloyd Newton said the plan was sound.    | PERSON
      Vann R. Newkirk II said on Twitter that turnout would fall.        | PERSON
      The U.S. Air Force said the plan was sound.                        | ORGANIZATION
      Experts on North Korea and nuclear arms said the test had failed.  | GROUP
      A series of online postings said the test had failed.              | UNKNOWN
      Keith Scott's family said the footage was incomplete.              | GROUP
      A chorus of prominent Republicans said the plan was flawed.        | GROUP
      The company's chief said the plan was flawed.                      | PERSON
      The New York state attorney general said the charity was closed.   | PERSON
      An attorney general said the charity was closed.                   | GROUP
      Osama bin Laden said the war would go on.                          | PERSON
      “It is over,” said Ngozi Okonjo-Iweala.                            | PERSON
      Winston-Salem State University said the game was off.              | ORGANIZATION
      The Obama administration said the bill was a bad idea.             | ORGANIZATION
      The Obama administration official Ann Lee said the bill was bad.   | PERSON
      The Crown alleged that the man had been drinking.                  | ORGANIZATION
      The prosecution argued that the man had been drinking.             | ORGANIZATION
      A Crown prosecutor argued that the man had been drinking.          | GROUP
      """)
  void speakerType_fromTheRecogniserAndTheDescription(String sentence, Speaker.Type type) {
    Annotated doc = TestPipeline.annotate(sentence);
    assertThat(speakerOf(doc, 0).type()).isEqualTo(type);
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Mrs. Lee said the vote was close.                                   | FEMALE  | HONORIFIC
      Spokeswoman Jo Baker said the vote was close.                       | FEMALE  | GENDERED_NOUN
      “It is close,” said Jo Baker, the grandmother of a pupil.           | FEMALE  | GENDERED_NOUN
      “It is close,” said Jo Baker, the lawyer of a grandmother.          | UNKNOWN | NONE
      “It is close,” said Quina Baker, the campaign's chairwoman.         | FEMALE  | GENDERED_NOUN
      Ann Baker said the vote was close.                                  | FEMALE  | FIRST_NAME
      Kevin Baker said the vote was close.                                | MALE    | FIRST_NAME
      Volodymyr Zelenskyy said the vote was close.                        | MALE    | FIRST_NAME
      Yulia Baker said the vote was close.                                | FEMALE  | FIRST_NAME
      Quina Baker said the vote was close.                                | UNKNOWN | NONE
      Chris Baker said the vote was close.                                | UNKNOWN | NONE
      Clinton said the vote was close.                                    | UNKNOWN | NONE
      Officials said the vote was close.                                  | UNKNOWN | NONE
      """)
  void gender_fromTheArticleFirst_unknownWhenWeak(String sentence, Speaker.Gender gender, Speaker.GenderEvidence evidence) {
    Annotated doc = TestPipeline.annotate(sentence);
    assertThat(speakerOf(doc, 0).gender()).isEqualTo(gender);
    assertThat(speakerOf(doc, 0).genderEvidence()).isEqualTo(evidence);
  }

  @Test
  void pronounOfTheOnlyPersonInReach_givesTheGender() {
    Annotated doc = TestPipeline.annotate("Dale Kamin ran the plant for years.\nHe said the plant would close.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Dale Kamin");
    assertThat(speakerOf(doc, 0).gender()).isEqualTo(Speaker.Gender.MALE);
    assertThat(speakerOf(doc, 0).genderEvidence()).isEqualTo(Speaker.GenderEvidence.PRONOUN);
  }

  @Test
  void pronounContinuingThePreviousSentencesSubject_givesTheGender_evenWithAnotherPersonInReach() {
    String before = "Quina Baker said the wait list had doubled.\n";
    Annotated doc = TestPipeline.annotate(before + "Kerry Moss said the policy was unfair. “We will keep going,” she said.");
    Entity moss = entityNamed(doc, "Kerry Moss");
    assertThat(moss.gender()).isEqualTo(Speaker.Gender.FEMALE);
    Annotated other = TestPipeline.annotate(before + "Kerry Moss said the policy was unfair. Quina Baker agreed. She said it would change.");
    Entity again = entityNamed(other, "Kerry Moss");
    assertThat(again.gender()).isEqualTo(Speaker.Gender.UNKNOWN);
  }

  @Test
  void pronounAfterAQuoteOpeningTheParagraph_continuesTheSubjectClosingTheOneBefore() {
    String before = "Minister Terry Jenson said the rates were generous.\n\n";
    Annotated doc = TestPipeline.annotate(before + "NDP critic Meara Conway disagreed.\n\n"
        + "“The minister is completely out of touch,” she said.");
    Entity conway = entityNamed(doc, "Meara Conway");
    assertThat(conway.gender()).isEqualTo(Speaker.Gender.FEMALE);
    Annotated other = TestPipeline.annotate(before + "NDP critic Meara Conway disagreed with Terry Jenson.\n\n"
        + "“The minister is completely out of touch,” she said.");
    Entity again = entityNamed(other, "Meara Conway");
    assertThat(again.gender()).isEqualTo(Speaker.Gender.UNKNOWN);
  }

  @Test
  void pronounAfterAQuotedQuestionOrSeveralQuotedSentences_continuesTheSubjectBeforeTheQuote_butNotPastAnotherPersonNamedThere() {
    String before = "Minister Terry Jenson said the rates were generous.\n\n";
    Annotated doc = TestPipeline.annotate(before + "NDP critic Meara Conway disagreed.\n\n"
        + "“Why should families pay more?” she asked.");
    assertThat(entityNamed(doc, "Meara Conway").gender()).isEqualTo(Speaker.Gender.FEMALE);
    Annotated other = TestPipeline.annotate(before + "NDP critic Meara Conway disagreed with Terry Jenson.\n\n"
        + "“Why should families pay more?” she asked.");
    assertThat(entityNamed(other, "Meara Conway").gender()).isEqualTo(Speaker.Gender.UNKNOWN);
    Annotated longer = TestPipeline.annotate(before + "NDP critic Meara Conway disagreed.\n\n"
        + "“It is a bad deal. Families will pay more,” she said.");
    assertThat(entityNamed(longer, "Meara Conway").gender()).isEqualTo(Speaker.Gender.FEMALE);
  }

  @Test
  void lastWordsOfALongerName_joinThePerson_andALoneFamilyNameWrittenFirstJoinsItsName() {
    Annotated doc = TestPipeline.annotate("National Chief Cindy Woodhouse Nepinak said the promise was broken.\n"
        + "“This is Canada in 2024,” Woodhouse Nepinak said.\n"
        + "Xu Mei, a water engineer, said many plants lack operators.\n“Training takes longer,” Xu said.");
    assertThat(doc.speakers().entities().stream().filter(e -> !e.mentions().isEmpty()).map(Entity::name))
        .contains("Cindy Woodhouse Nepinak", "Xu Mei").doesNotContain("Woodhouse Nepinak", "Xu");
    Annotated two = TestPipeline.annotate("Cindy Woodhouse said the promise was broken.\n“It is late,” Dale Woodhouse said.");
    assertThat(two.speakers().entities().stream().map(Entity::name)).contains("Cindy Woodhouse", "Dale Woodhouse");
  }

  @Test
  void someonesRelativeOrAgent_isNotTheSalientPerson_butAnOfficeWithoutAPossessiveMayBe() {
    Annotated doc = TestPipeline.annotate("OPP Sgt. Kerry Schmidt said the road was closed.\n"
        + "The victim's daughter, who asked not to be named, told CTV News her mother was driving home.");
    assertThat(lastSpeakerOf(doc).name()).isNotEqualTo("Kerry Schmidt");
    assertThat(lastSpeakerOf(doc).named()).isFalse();
    Annotated office = TestPipeline.annotate("Mayor Olivia Chow spoke on Monday.\nThe mayor said the plan would help families.");
    assertThat(lastSpeakerOf(office).name()).isEqualTo("Olivia Chow");
  }

  @Test
  void theyAfterTwoNamedPeopleAsTheSubject_isThePair_notTheGroupQuotedBefore() {
    Annotated doc = TestPipeline.annotate("Councillors Josh Matlow and Stephen Holyday said they would vote against it.\n"
        + "Mayor Olivia Chow and Deputy Mayor Ausma Malik support the plan. In a joint statement, they said the lanes cut injuries.");
    assertThat(lastSpeakerOf(doc).name()).contains("Olivia Chow").contains("Ausma Malik");
    Annotated single = TestPipeline.annotate("Councillors Josh Matlow and Stephen Holyday said they would vote against it.\n"
        + "Mayor Olivia Chow supports the plan. In a joint statement, they said the lanes cut injuries.");
    assertThat(lastSpeakerOf(single).name()).doesNotContain("Olivia Chow");
  }

  @Test
  void epithetAfterAPersonWithAHyphenatedTitle_isThatPerson_butNotAPersonWithAnotherRole() {
    Annotated doc = TestPipeline.annotate("Ngozi Okonjo-Iweala, the WTO's director-general, told a conference that tariffs hurt.\n"
        + "\u201cThe poor pay,\u201d Ms. Okonjo-Iweala said.\nThe Nigerian economist said the organization was working to revive its dispute system.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("Ngozi Okonjo-Iweala");
    Annotated other = TestPipeline.annotate("Ngozi Adeyemi, a market trader in Lagos, told reporters that tariffs hurt.\n"
        + "The Nigerian economist said the organization was working to revive its dispute system.");
    assertThat(lastSpeakerOf(other).name()).isNotEqualTo("Ngozi Adeyemi");
  }

  @Test
  void givenNameAloneBeforeTheFullName_isThatPerson_butAnotherFullNameWithTheSameGivenNameIsNot() {
    Annotated doc = TestPipeline.annotate("When Olivia Chen fell ill, her older sister Grace went with her.\n"
        + "\u201cI didn't want her to hear it alone,\u201d Grace Chen says.\n"
        + "Grace, a teacher, tested negative. \u201cI felt guilty,\u201d she says.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("Grace Chen");
    assertThat(doc.speakers().entities().stream().filter(e -> e.name().startsWith("Grace"))).hasSize(1);
    Annotated two = TestPipeline.annotate("Grace Park spoke first.\n\u201cI felt guilty,\u201d Grace Chen says.");
    assertThat(lastSpeakerOf(two).name()).isEqualTo("Grace Chen");
  }

  @Test
  void definiteRelative_isNotTheSalientPersonWithATitle_butTheOneTheArticleGaveThatRole() {
    Annotated doc = TestPipeline.annotate("Prosecutor Amina Rashid told the court the theft was callous.\n"
        + "In a statement read to the court, the daughter said her mother had been left frightened.");
    assertThat(lastSpeakerOf(doc).name()).isNotEqualTo("Amina Rashid");
    Annotated named = TestPipeline.annotate("Ruth Okafor, the victim's daughter, said she was relieved.\n"
        + "Prosecutor Amina Rashid told the court the theft was callous.\n"
        + "In a statement read to the court, the daughter said her mother had been left frightened.");
    assertThat(lastSpeakerOf(named).name()).isEqualTo("Ruth Okafor");
    Annotated epithet = TestPipeline.annotate("Ivanka Trump noted the rule in an interview last week.\n"
        + "Pressed on the plan, the 34-year-old mother of three replied that it was meant to help mothers.");
    assertThat(lastSpeakerOf(epithet).name()).isEqualTo("Ivanka Trump");
  }

  @Test
  void hyphenatedTitle_isOneHeadWord_soThePresidentElectIsTheSalientPerson_butAnElectionIsNoOne() {
    Annotated doc = TestPipeline.annotate("Joe Biden received his first dose of the vaccine on Monday.\n"
        + "“I don’t want to get ahead of the line,” the president-elect said.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("Joe Biden");
    assertThat(lastSpeakerOf(doc).type()).isEqualTo(Speaker.Type.PERSON);
    Annotated other = TestPipeline.annotate("Joe Biden received his first dose of the vaccine on Monday.\n"
        + "“Turnout was the highest in decades,” the by-election report said.");
    assertThat(lastSpeakerOf(other).name()).isNotEqualTo("Joe Biden");
  }

  @Test
  void pronounOpeningTheSpeakersOwnReport_givesTheGender_whenNoOtherPersonComesBeforeItInTheParagraph() {
    String before = "Quina Baker said the wait list had doubled.\n";
    Annotated doc = TestPipeline.annotate(before + "Kelowna resident Kerry Sandhu, who works as a care aide, said she has"
        + " not seen her parents since the summer.");
    Entity sandhu = entityNamed(doc, "Kerry Sandhu");
    assertThat(sandhu.gender()).isEqualTo(Speaker.Gender.FEMALE);
    assertThat(sandhu.genderEvidence()).isEqualTo(Speaker.GenderEvidence.PRONOUN);
    Annotated other = TestPipeline.annotate(before + "After meeting Quina Baker, Kerry Sandhu said she had been unfair.");
    Entity again = entityNamed(other, "Kerry Sandhu");
    assertThat(again.gender()).isEqualTo(Speaker.Gender.UNKNOWN);
  }

  @Test
  void possessiveOpeningAReport_givesNoGender_whenTheSpeakersRelativeOfThatGenderStandsBetween_butAnAppositionDoes() {
    Annotated doc = TestPipeline.annotate("Parent Kim Tran, whose son took part in the trial, said his attacks had nearly stopped.");
    Entity tran = entityNamed(doc, "Kim Tran");
    assertThat(tran.gender()).isEqualTo(Speaker.Gender.UNKNOWN);
    Annotated other = TestPipeline.annotate("Parent Kim Tran, a mother of two, said her son's attacks had nearly stopped.");
    Entity again = entityNamed(other, "Kim Tran");
    assertThat(again.gender()).isEqualTo(Speaker.Gender.FEMALE);
  }

  @Test
  void pronounOpeningTheReportOfSomeonesOwn_givesThemNoGender_butOneOfTheOtherGenderDoes() {
    Annotated doc = TestPipeline.annotate("Gary Johnson released his records.\n\nHis doctor said he was in excellent health.");
    assertThat(lastSpeakerOf(doc).gender()).isEqualTo(Speaker.Gender.UNKNOWN);
    Annotated other = TestPipeline.annotate("Gary Johnson released his records.\n\nHis doctor said she had examined him.");
    assertThat(lastSpeakerOf(other).gender()).isEqualTo(Speaker.Gender.FEMALE);
  }

  @Test
  void pronounAfterAnUnnamedIndividualOfItsGender_isThatIndividual_butNotAfterADefiniteDescription() {
    assertThat(lastSpeakerName("Library CEO Sonia Bebbington said the library stands by its programming.\n"
        + "A woman who brought her two daughters said the protest frightened them.\n"
        + "“My girls were scared,” she said.")).isEqualTo("woman");
    assertThat(lastSpeakerName("Donald Trump spoke in Iowa on Monday.\n"
        + "The billionaire businessman said running for president is tough.\n"
        + "“It is nasty,” he said.")).isEqualTo("Donald Trump");
  }

  @Test
  void anotherOfTheSameNoun_isSomeoneElse_butTheSameNounAgainIsTheSameSource() {
    Annotated doc = TestPipeline.annotate("“We just want to keep our jobs,” one worker said.\n“Nobody is listening,” another worker said.");
    assertThat(speakerOf(doc, 0)).isNotSameAs(speakerOf(doc, 1));
    Annotated same = TestPipeline.annotate("“We just want to keep our jobs,” one worker said.\n“Nobody is listening,” the worker said.");
    assertThat(speakerOf(same, 0)).isSameAs(speakerOf(same, 1));
  }

  @Test
  void pronounAfterAnUnnamedIndividualOfNoGender_isThatIndividual_onlyWhenNoOneElseFits() {
    assertThat(lastSpeakerName("Nurses will strike again, the union said.\n"
        + "One nurse said she was responsible for 14 patients.\n"
        + "“You go home and cry,” she said.")).isEqualTo("nurse");
    assertThat(lastSpeakerName("Donald Trump spoke in Iowa on Monday.\n"
        + "A questioner asked whether he would apologise.\n"
        + "“I have nothing to apologise for,” he said.")).isEqualTo("Donald Trump");
  }

  @Test
  void pronounOpeningASubordinateClause_goesToThePersonOfItsGenderInTheSentence_notToAnUngenderedSubject() {
    Annotated doc = TestPipeline.annotate("Gov. Chris Christie described Hillary Clinton as a “disgrace” after she"
        + " attacked police officers, the governor said.");
    Entity christie = entityNamed(doc, "Chris Christie");
    assertThat(christie.gender()).isEqualTo(Speaker.Gender.UNKNOWN);
  }

  @Test
  void pronounOpeningAMainClause_keepsToTheSubject() {
    Annotated doc = TestPipeline.annotate("Chris Putney told CNN that the video did not show Keith Scott's hand, but he"
        + " said witnesses saw a gun.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("Chris Putney");
  }

  @Test
  void nameInAnApposition_isNotASubject_soThePronounKeepsToTheSubject() {
    Annotated doc = TestPipeline.annotate("Loretta Lynch ran the department.\nShe met Bill Clinton while the department was"
        + " investigating his wife, nominee Hillary Clinton, over her server. She said the meeting was a mistake.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("Loretta Lynch");
  }

  @Test
  void nameCoordinatedInAnApposition_isNotASubject_soThePronounKeepsToTheSubject() {
    Annotated doc = TestPipeline.annotate("Kayla MacDonald opened the letter.\nShe has since moved to Dartmouth."
        + " Her kids, Ava and Liam, had to change schools.\n\u201cThey ask me when we're going home,\u201d she adds.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("Kayla MacDonald");
  }

  @Test
  void nameAfterAPreposition_isNotASubject_soThePronounKeepsToTheSubject() {
    Annotated doc = TestPipeline.annotate("Barack Obama spoke at the museum.\nHe stood near the figure of Abraham Lincoln,"
        + " sheltered in his memorial. He said the nation would heal.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("Barack Obama");
  }

  @Test
  void nameAfterAPrepositionOpeningTheSentence_staysASubject() {
    Annotated doc = TestPipeline.annotate("Lester Holt asked the question.\nFor Donald Trump, the topic was an opening."
        + " He said the nation would heal.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("Donald Trump");
  }

  @Test
  void nameOpeningItsClause_beforeAComma_isASubject() {
    Annotated doc = TestPipeline.annotate("Loretta Lynch ran the department.\nOn Monday, Hillary Clinton, the nominee,"
        + " met the press. She said the meeting was useful.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("Hillary Clinton");
  }

  @Test
  void definiteTitle_joinsThePersonWhoseRoleMeansTheSame() {
    Annotated doc = TestPipeline.annotate("Manhattan Supreme Court Justice Frank Nervo ruled on Monday.\n"
        + "Ivana Trump said her privacy mattered.\nThe judge said the files would stay sealed.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("Frank Nervo");
  }

  @Test
  void definiteTitle_doesNotJoinAPersonWithAnotherJob() {
    Annotated doc = TestPipeline.annotate("Manhattan Supreme Court Justice Frank Nervo ruled on Monday.\n"
        + "The lawyer said the files would stay sealed.");
    assertThat(lastSpeakerOf(doc).name()).isNotEqualTo("Frank Nervo");
  }

  @Test
  void nameWithANickname_isOnePerson_withTheNicknameAsAGivenName() {
    Annotated doc = TestPipeline.annotate("Rep. Bobby Scott spoke first.\n"
        + "Rep. Robert C. “Bobby” Scott said the vote was close.\nState Del. Marcia “Cia” Price said it would pass.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Robert C. “Bobby” Scott");
    assertThat(speakerOf(doc, 0).mentions()).extracting(m -> m.in(doc.article().text())).contains("Bobby Scott");
    assertThat(speakerOf(doc, 1).name()).isEqualTo("Marcia “Cia” Price");
  }

  @Test
  void surnameOpeningWithAParticle_linksToTheFullName_butAnotherGivenNameStaysApart() {
    assertThat(lastSpeakerName("Mayor Bill de Blasio visited the site.\nDe Blasio said the explosion was intentional."))
        .isEqualTo("Bill de Blasio");
    assertThat(lastSpeakerName("Mayor Bill de Blasio visited the site.\nChiara de Blasio said the explosion was intentional."))
        .isEqualTo("Chiara de Blasio");
  }

  @Test
  void nameWithAnotherGivenName_staysApart() {
    Annotated doc = TestPipeline.annotate("Rep. Bobby Scott spoke first.\nRep. Robert C. Scott said the vote was close.");
    assertThat(speakerOf(doc, 0).mentions()).extracting(m -> m.in(doc.article().text())).doesNotContain("Bobby Scott");
  }

  @Test
  void officeInTheLede_waitsForTheSamePortfolio_notAnotherSecretary() {
    Annotated doc = TestPipeline.annotate("Nurses could walk out next month, the union's general secretary has said.\n"
        + "Nicola Ranger told the BBC that members felt insulted.\n"
        + "The health secretary, Wes Streeting, said the offer was fair.");
    assertThat(speakerOf(doc, 0).name()).isNotEqualTo("Wes Streeting");
    Annotated same = TestPipeline.annotate("Nurses could walk out next month, the health secretary has said.\n"
        + "Nicola Ranger told the BBC that members felt insulted.\n"
        + "The health secretary, Wes Streeting, said the offer was fair.");
    assertThat(speakerOf(same, 0).name()).isEqualTo("Wes Streeting");
  }

  @Test
  void pronounAfterAQuoteRunningOverParagraphs_reachesThePersonNamedBeforeIt_butNotOverNarration() {
    Annotated quoted = TestPipeline.annotate("The transport secretary, Louise Haigh, set out her plans.\n\n"
        + "\"For too long, passengers have been let down.\n\n\"That ends today.\n\n\"We will put passengers first.\n\n"
        + "\"And we will fix it,\" she said.");
    assertThat(lastSpeakerOf(quoted).name()).isEqualTo("Louise Haigh");
    Annotated narrated = TestPipeline.annotate("The transport secretary, Louise Haigh, set out her plans.\n\n"
        + "Trains were late.\n\nFares went up.\n\nThe unions met.\n\n\"And we will fix it,\" she said.");
    assertThat(narrated.speakers().speaker(narrated.attributions().size() - 1).map(Entity::name).orElse(""))
        .isNotEqualTo("Louise Haigh");
  }

  @Test
  void possessiveInThePersonsOwnReport_givesTheirGender_butNotWhenAnotherIsNamedBeforeIt() {
    Annotated own = TestPipeline.annotate("Operators may close.\nSam Hannen said about 60 per cent of her members are"
        + " losing money.");
    assertThat(speakerOf(own, 0).gender()).isEqualTo(Speaker.Gender.FEMALE);
    Annotated other = TestPipeline.annotate("Operators may close.\nSam Hannen said Maria Lopez and her members are"
        + " losing money.");
    assertThat(speakerOf(other, 0).gender()).isEqualTo(Speaker.Gender.UNKNOWN);
  }

  @Test
  void officeInTheLede_thatNoOneHolds_isThePersonWithoutARoleQuotedInTheNextParagraph() {
    Annotated doc = TestPipeline.annotate("Nurses could walk out next month, the union's general secretary has said.\n"
        + "Nicola Ranger told the BBC that members felt insulted.\n"
        + "The health secretary, Wes Streeting, said the offer was fair.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Nicola Ranger");
    assertThat(speakerOf(doc, 0).id()).isEqualTo(speakerOf(doc, 1).id());
  }

  @Test
  void bodyDescribedInTheLede_isTheBodyNamedAndQuotedInTheNextParagraph_butNotAfterAnotherSource() {
    Annotated doc = TestPipeline.annotate("Pilots have voted to strike, their union said Wednesday.\n"
        + "The Air Line Pilots Association said members were united.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Air Line Pilots Association");
    Annotated other = TestPipeline.annotate("Pilots have voted to strike, their union said Wednesday.\n"
        + "Analyst Maria Lopez said the vote was expected. The Air Line Pilots Association said members were united.");
    assertThat(speakerOf(other, 0).name()).isNotEqualTo("Air Line Pilots Association");
    Annotated later = TestPipeline.annotate("Pilots have voted to strike, their union said Wednesday.\n"
        + "The vote was held online.\nThe Air Line Pilots Association said members were united.");
    assertThat(speakerOf(later, 0).name()).isNotEqualTo("Air Line Pilots Association");
  }

  @Test
  void bodyDescribedInTheLede_isTheBodyWhoseNameOpensTheNextParagraph_whenItEndsInTheSameNoun() {
    Annotated doc = TestPipeline.annotate("Doctors returned to work on Thursday, their union said.\n"
        + "The Kenya Doctors Union signed an agreement with the ministry.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Kenya Doctors Union");
    Annotated other = TestPipeline.annotate("Doctors returned to work on Thursday, their union said.\n"
        + "The Kenya Doctors Association signed an agreement with the ministry.");
    assertThat(speakerOf(other, 0).name()).isNotEqualTo("Kenya Doctors Association");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Crowds filled the Acropolis on Monday.\\nThe culture ministry said the site would close.                 | culture ministry
      Crowds filled the Ministry of Culture on Monday.\\nThe culture ministry said the site would close.        | Ministry of Culture
      """)
  void ministryNamedByWhatItCovers_isNoBodyWhoseNameLacksThatWord(String text, String name) {
    assertThat(lastSpeakerName(text)).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Power cuts grew.\\nLevels fell as the drought drained the Kariba dam, the power company said.   | power company
      Power cuts grew.\\nLevels fell as the drought drained Kariba Power's dam, the power company said. | Kariba Power
      """)
  void nameBeforeADam_isWhereSomethingIs_notTheBodyADescriptionStandsFor(String text, String name) {
    assertThat(lastSpeakerName(text)).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      West Yorkshire Police said officers were called to the Trinity Leeds centre.\\nTwo people were hurt.\\nThe boy was not badly hurt, the force said. | West Yorkshire Police
      West Yorkshire Police said officers were called to the Trinity Leeds store.\\nTwo people were hurt.\\nThe boy was not badly hurt, the company said. | Trinity Leeds
      """)
  void nameBeforeACentre_isWhereSomethingIs_butOneBeforeAStoreMayBeTheBody(String text, String name) {
    assertThat(lastSpeakerName(text)).isEqualTo(name);
  }

  @Test
  void officeInTheLede_staysApartFromAPersonWithARoleOfTheirOwn_orNamedLater() {
    Annotated role = TestPipeline.annotate("Nurses could walk out next month, the union's general secretary has said.\n"
        + "Nicola Ranger, a nurse in Leeds, told the BBC that members felt insulted.");
    assertThat(speakerOf(role, 0).id()).isNotEqualTo(speakerOf(role, 1).id());
    Annotated later = TestPipeline.annotate("Nurses could walk out next month, the union's general secretary has said.\n"
        + "The offer was rejected on Monday.\nNicola Ranger told the BBC that members felt insulted.");
    assertThat(speakerOf(later, 0).id()).isNotEqualTo(speakerOf(later, 1).id());
    Annotated before = TestPipeline.annotate("Rebecca Long met the nurses after the union's general secretary said they"
        + " would strike.\nNicola Ranger told the BBC that members felt insulted.");
    assertThat(speakerOf(before, 0).name()).isNotEqualTo("Nicola Ranger");
  }

  @Test
  void councillorsTitle_joinsTheSurnameToTheMayorNamedBefore_butAnotherSurnameStaysApart() {
    Annotated doc = TestPipeline.annotate("Logan Mayor Jon Raven told ABC Radio that 300 homes could flood.\n"
        + "“People know what to do,” Cr Raven said.\n“Leave now,” Cllr Smith said.");
    assertThat(speakerOf(doc, 1).name()).isEqualTo("Jon Raven");
    assertThat(speakerOf(doc, 1).type()).isEqualTo(Speaker.Type.PERSON);
    assertThat(speakerOf(doc, 2).name()).isEqualTo("Smith");
  }

  @Test
  void loneFirstWordOfACompanysName_isTheCompany_unlessAPersonBearsIt() {
    Annotated company = TestPipeline.annotate("Peabody Energy closed the mine.\nPeabody said the plan was sound.");
    assertThat(speakerOf(company, 0).name()).isEqualTo("Peabody Energy");
    assertThat(speakerOf(company, 0).type()).isEqualTo(Speaker.Type.ORGANIZATION);
    Annotated person = TestPipeline.annotate("Peabody Energy closed the mine.\nWarren Peabody said the plan was sound.");
    assertThat(speakerOf(person, 0).name()).isEqualTo("Warren Peabody");
    assertThat(speakerOf(person, 0).type()).isEqualTo(Speaker.Type.PERSON);
  }

  @Test
  void officeNoNameHeldYet_isThePersonWithThatTitleQuotedNext() {
    Annotated doc = TestPipeline.annotate("The charity raised money.\nThe New York state attorney general said the charity"
        + " was not registered.\nAttorney General Eric Schneiderman said the inquiry would go on.");
    assertThat(speakerOf(doc, 0).id()).isEqualTo(speakerOf(doc, 1).id());
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Eric Schneiderman");
  }

  @Test
  void officeNoNameHeldYet_staysApartFromAPersonWithAnotherTitle() {
    Annotated doc = TestPipeline.annotate("The charity raised money.\nThe New York state attorney general said the charity"
        + " was not registered.\nMayor Eric Schneiderman said the inquiry would go on.");
    assertThat(speakerOf(doc, 0).id()).isNotEqualTo(speakerOf(doc, 1).id());
  }

  @Test
  void officeNoNameHeldYet_staysApartFromThePersonHoldingTheShadowOffice_butTheFormerOfficeIsTheFormerHolders() {
    Annotated doc = TestPipeline.annotate("The Chancellor has ruled out tax rises before the election, telling MPs that the"
        + " finances were recovering.\nLabour's shadow chancellor, Rachel Reeves, said the claim was laughable.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("Rachel Reeves");
    assertThat(speakerOf(doc, 0).id()).isNotEqualTo(lastSpeakerOf(doc).id());
    Annotated former = TestPipeline.annotate("Former President Bill Clinton spoke in Brooklyn.\nVice President Joe Biden spoke"
        + " in Ohio.\n“Sometimes I feel he is running against Obama,” the former president said.");
    assertThat(lastSpeakerOf(former).name()).isEqualTo("Bill Clinton");
  }

  @Test
  void pronounContinuingTheSubject_isTheirsThoughTheFirstNameSaidTheOtherGender_andLeavesTheGenderUnknown() {
    Annotated doc = TestPipeline.annotate("Mayor Tory Whanau said the increase was painful.\n\n"
        + "“We have inherited decades of underinvestment,” she told reporters.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("Tory Whanau");
    assertThat(lastSpeakerOf(doc).gender()).isEqualTo(Speaker.Gender.UNKNOWN);
    Annotated notSubject = TestPipeline.annotate("The crowd cheered for Tory Whanau at the rally.\n\n"
        + "“We have inherited decades of underinvestment,” she told reporters.");
    assertThat(notSubject.speakers().speaker(notSubject.attributions().size() - 1)).isEmpty();
  }

  @Test
  void nameBeforeNounsEndingInABodysNoun_namesTheBody_butATitleAfterANameIsTheNextPersons() {
    Annotated board = TestPipeline.annotate("The Stacey Abrams school board said the schools would close.");
    assertThat(speakerOf(board, 0).name()).isEqualTo("Stacey Abrams school board");
    assertThat(speakerOf(board, 0).type()).isEqualTo(Speaker.Type.ORGANIZATION);
    Annotated mayor = TestPipeline.annotate("Des Moines Mayor Connie Boesen said the city would help.");
    assertThat(speakerOf(mayor, 0).name()).isEqualTo("Connie Boesen");
  }

  @Test
  void companysLegalName_joinsTheShortNameBeforeIt_butAnotherWordAfterTheNameDoesNot() {
    Annotated doc = TestPipeline.annotate("Apple weighs cutting production.\nApple Inc. said sales fell in China.\n"
        + "Apple said costs rose.");
    assertThat(speakerOf(doc, 0).id()).isEqualTo(lastSpeakerOf(doc).id());
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Apple");
    Annotated music = TestPipeline.annotate("Apple said sales fell in China.\nApple Music said streams rose.");
    assertThat(speakerOf(music, 0).id()).isNotEqualTo(lastSpeakerOf(music).id());
  }

  @Test
  void companyNamedByItsLegalName_isTheSameOrganisationNamedAgainWithoutIt() {
    Annotated doc = TestPipeline.annotate("Canadian Tire to cut jobs\n\n"
        + "Canadian Tire Corp. Ltd. is cutting 3 per cent of its jobs, the retailer said Thursday.\n"
        + "Canadian Tire said it expects to record a charge.");
    assertThat(speakerOf(doc, 0).id()).isEqualTo(lastSpeakerOf(doc).id());
    assertThat(lastSpeakerOf(doc).type()).isEqualTo(Speaker.Type.ORGANIZATION);
    Annotated other = TestPipeline.annotate("Canadian Tire Corp. Ltd. is cutting jobs, the retailer said.\n"
        + "Canadian Pacific said it expects to record a charge.");
    assertThat(speakerOf(other, 0).id()).isNotEqualTo(lastSpeakerOf(other).id());
  }

  @Test
  void headlineVerb_endsTheNameBeforeIt() {
    Annotated doc = TestPipeline.annotate("Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Investigated.’\n"
        + "Sen. Elizabeth Warren said the bank had failed its customers.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Elizabeth Warren");
    assertThat(speakerOf(doc, 1).id()).isEqualTo(speakerOf(doc, 0).id());
    Annotated plain = TestPipeline.annotate("Warren Buffett Partners said the bank had failed its customers.");
    assertThat(speakerOf(plain, 0).name()).isEqualTo("Warren Buffett Partners");
  }

  @Test
  void descriptionWithWho_predicatedOfASubject_isThatSubject() {
    Annotated doc = TestPipeline.annotate("Donald Trump regularly incites violence and is a serial liar, rampant"
        + " xenophobe and birther who has pledged that all visitors would be banned.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("Donald Trump");
  }

  @Test
  void descriptionWithWho_withoutACopula_staysItsOwnSource() {
    Annotated doc = TestPipeline.annotate("Donald Trump met a rampant xenophobe who has pledged that all visitors"
        + " would be banned.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("rampant xenophobe");
  }

  @Test
  void itStandingForTheClauseAfterIt_isNoOne() {
    Annotated doc = TestPipeline.annotate("The Congressional Budget Office published its plan.\n"
        + "It's hard to imagine that the tax code could be more complicated.");
    assertThat(doc.attributions()).isNotEmpty();
    assertThat(doc.speakers().speaker(doc.attributions().size() - 1)).isEmpty();
  }

  @Test
  void itAsASubject_isTheOrganisationBeforeIt() {
    Annotated doc = TestPipeline.annotate("The Congressional Budget Office published its plan.\n"
        + "It said that the tax code could be more complicated.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("Congressional Budget Office");
  }

  @Test
  void month_isNotAPerson_soNotAPronounsAntecedent() {
    Annotated doc = TestPipeline.annotate("Kevin Ross left the plant.\nIn December, Ross was gone.\nDecember passed. He said the plant had closed.");
    assertThat(lastSpeakerOf(doc).name()).isEqualTo("Kevin Ross");
  }

  @Test
  void honorificOfTheOtherGender_keepsNamesApart() {
    Annotated doc = TestPipeline.annotate(
        "Bill Clinton said the economy was strong.\nMrs. Clinton said the plan would pass.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Bill Clinton");
    assertThat(speakerOf(doc, 1).id()).isNotEqualTo(speakerOf(doc, 0).id());
    assertThat(speakerOf(doc, 1).gender()).isEqualTo(Speaker.Gender.FEMALE);
  }

  @Test
  void nameWithPartyAndState_isThePerson() {
    Annotated doc = TestPipeline.annotate("Sen. Lindsey Graham (R-S.C.) said the bill would fail.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Lindsey Graham");
    assertThat(speakerOf(doc, 0).type()).isEqualTo(Speaker.Type.PERSON);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Rep. Elijah Cummings of Maryland said the hearing was unfair.                        | Elijah Cummings
      Joseph R. Biden Jr. said the plan was sound.                                         | Joseph R. Biden Jr.
      Secretary General Ban Ki-moon said the council had failed.                           | Ban Ki-moon
      A video of Hillary Clinton says that the rally was large.                            | Hillary Clinton
      Charles Grassley and Patrick Leahy said the program was flawed.                      | Charles Grassley and Patrick Leahy
      Nick Clegg, Meta's policy chief, and Jennifer Newstead, its lawyer, said it works.   | Nick Clegg and Jennifer Newstead
      Jennifer Newstead, its lawyer, and a board member, said it works.                    | Jennifer Newstead
      Google and Microsoft said the rules would slow research.                             | Google and Microsoft
      Procter and Gamble said the rules would slow research.                               | Procter and Gamble
      U.S. Citizenship and Immigration Services said the fee would rise.                   | U.S. Citizenship and Immigration Services
      A spokesperson for Patrick Leahy said the program was flawed.                        | spokesperson for Patrick Leahy
      Investors represented by the law firm Robbins Geller said they were misled.          | Investors represented by the law firm Robbins Geller
      The master of ceremonies Asab Al-Tabchi said the night was a success.                | Asab Al-Tabchi
      Angelique Brunner, a developer and spokeswoman for the coalition, said it works.     | Angelique Brunner
      Osama bin Laden said the war would go on.                                            | Osama bin Laden
      Ursula von der Leyen said the talks would go on.                                     | Ursula von der Leyen
      Donna Rawlings, 59, of Ashton, Md., who watched the event, said it brought back memories. | Donna Rawlings
      Donna Rawlings of Ashton said the event brought back memories.                       | Donna Rawlings
      The House Oversight and Government Reform Committee said the vote was fair.          | House Oversight and Government Reform Committee
      The Urban Institute and Brookings Institution said the rate was wrong.               | Urban Institute and Brookings Institution
      Last year, Zero Hedge said the rate was wrong.                                       | Zero Hedge
      Three officials said the rate was wrong.                                             | Three officials
      A quarter of adults (23%) said the virus was made in a lab.                          | quarter of adults
      A quarter of adults said the virus was made in a lab.                                | quarter of adults
      The Reuters/Ipsos poll found that most voters were undecided.                        | Reuters/Ipsos
      A poll by Reuters and Ipsos found that most voters were undecided.                   | Ipsos
      According to the Federal Bureau of Prisons, the rate rose.                           | Federal Bureau of Prisons
      According to the Federal Bureau, Prisons are full.                                   | Federal Bureau
      """)
  void speakerName_isThePersonTheMentionNames(String sentence, String name) {
    Annotated doc = TestPipeline.annotate(sentence);
    assertThat(speakerOf(doc, 0).name()).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Wells Fargo paid a fine.\\nBank executives were not charged.\\nThe bank said the fees were a mistake. | Wells Fargo
      Wells Fargo paid a fine.\\nBank Leumi executives were not charged.\\nBank Leumi said the fees were a mistake. | Bank Leumi
      """)
  void commonNounCapitalisedOnlyAtASentenceStart_isNoName(String text, String name) {
    assertThat(lastSpeakerName(text)).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Parents rallied, according to the Alliance to Reclaim Our Schools (AROS).\\nAROS said the rally was its largest. | Alliance to Reclaim Our Schools
      Parents rallied, according to the Alliance to Reclaim Our Schools (ARS).\\nThe alliance said the rally was its largest. | Alliance
      """)
  void acronymInParentheses_spellsOutTheBodysWholeName(String text, String name) {
    assertThat(lastSpeakerName(text)).isEqualTo(name);
  }

  @Test
  void placeAfterSomeoneMetNotApposed_doesNotMakeThemTheSpeaker() {
    Annotated doc = TestPipeline.annotate(
        "Donna Rawlings met officials from Ashton, Md., who said the road would close.");
    assertThat(speakerOf(doc, 0).name()).isNotEqualTo("Donna Rawlings");
  }

  @Test
  void acronymAndShorterName_joinTheOrganisation() {
    Annotated doc = TestPipeline.annotate("The International Monetary Fund cut its forecast on Tuesday.\n"
        + "The IMF said growth would slow.\nThe United Nations Security Council met on Friday.\n"
        + "The Security Council said the talks would go on.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("International Monetary Fund");
    assertThat(speakerOf(doc, 1).name()).isEqualTo("United Nations Security Council");
  }

  @Test
  void definiteOrganisationNoun_joinsTheLatestNamedOrganisation_notAPlace() {
    Annotated doc = TestPipeline.annotate(
        "The Congressional Budget Office published its estimate in Ohio.\nThe agency said the deficit would grow.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Congressional Budget Office");
  }

  @Test
  void definiteOrganisationNoun_passesOverAnOrganisationOnlyEverTold_butNotOneThatActed() {
    Annotated heard = TestPipeline.annotate("The Met Office issued a warning.\n“It is over,” Kim Park said, speaking to the"
        + " BBC.\nIn a statement, the council said: “Residents should avoid the river.”");
    assertThat(lastSpeakerOf(heard).name()).isNotEqualTo("BBC");
    Annotated acted = TestPipeline.annotate("The BBC issued a warning.\n“It is over,” Kim Park said.\n"
        + "In a statement, the network said: “Residents should avoid the river.”");
    assertThat(lastSpeakerOf(acted).name()).isEqualTo("BBC");
  }

  @Test
  void definiteOffice_joinsThePersonInReach_butAnIndefiniteOneDoesNot() {
    Annotated doc = TestPipeline.annotate("Bernie Sanders spoke in Ohio on Monday.\nThe Vermont senator said the plan would fail.\n"
        + "A senator said the plan would pass.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Bernie Sanders");
    assertThat(speakerOf(doc, 1).name()).isEqualTo("senator");
    assertThat(speakerOf(doc, 1).type()).isEqualTo(Speaker.Type.GROUP);
  }

  @Test
  void weekday_isNotPartOfAName() {
    Annotated doc = TestPipeline.annotate("Hillary Clinton campaigned in Florida Friday.\nShe said the race was close.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Hillary Clinton");
    assertThat(doc.speakers().entities()).extracting(Entity::name).doesNotContain("Florida Friday");
  }

  @Test
  void ledeDescription_isThePersonNamedWhenFirstQuoted() {
    Annotated doc = TestPipeline.annotate("Ex-chairman calls for a plan.\n\n"
        + "A former party chairman says the party should choose a successor now.\n\n"
        + "“Now is the time,” said Don Fowler, who led the party in the 1990s.");
    assertThat(speakerOf(doc, 1).name()).isEqualTo("Don Fowler");
    assertThat(speakerOf(doc, 1).id()).isEqualTo(speakerOf(doc, 2).id());
    assertThat(speakerOf(doc, 1).roles()).contains("former party chairman");
    assertThat(doc.speakers().entities()).extracting(Entity::name).doesNotContain("former party chairman");
  }

  @Test
  void appositionAfterAnInvertedSpeaker_isTheirRole_withoutADeterminerAndWithItsPrepositionalPhrases() {
    Annotated doc = TestPipeline.annotate("Nurses are tired\n\n“We are exhausted,” said Doris Grinspun, CEO of the Registered "
        + "Nurses Association of Ontario.\n\n“People die,” said Raghu Venugopal, an emergency physician in Toronto.\n\n"
        + "“No,” said John Brown, adding that the union would strike.");
    assertThat(speakerOf(doc, 0).roles()).containsExactly("CEO of the Registered Nurses Association of Ontario");
    assertThat(speakerOf(doc, 1).roles()).containsExactly("emergency physician in Toronto");
    assertThat(doc.speakers().entities()).filteredOn(e -> e.name().equals("John Brown")).isNotEmpty()
        .allSatisfy(e -> assertThat(e.roles()).isEmpty());
  }

  @Test
  void appositionAfterAnInvertedSpeaker_mayOpenWithAnAdjective_orFollowAnAge_butNotBeAnAdjectivePhrase() {
    Annotated doc = TestPipeline.annotate("Builders warn of shortage\n\n“It does not add up,” said Sally Auld, chief economist at "
        + "JBWere.\n\n“We are stretched,” said Tom Baker, 45, a carpenter from Geelong.\n\n“No,” said John Brown, angry at "
        + "the decision.");
    assertThat(speakerOf(doc, 0).roles()).containsExactly("chief economist at JBWere");
    assertThat(speakerOf(doc, 1).roles()).containsExactly("carpenter from Geelong");
    assertThat(speakerOf(doc, 2).name()).isEqualTo("John Brown");
    assertThat(speakerOf(doc, 2).roles()).isEmpty();
  }

  @Test
  void theReport_isADocument_notTheNewspaperNamedBefore_butThePaperStaysAnOrganisation() {
    Annotated doc = TestPipeline.annotate("Costs triple\n\nThe minister told the Guardian the plan was a shambles.\n\n"
        + "The report found that costs had tripled.");
    assertThat(speakerOf(doc, 1).name()).isEqualTo("report");
    assertThat(speakerOf(doc, 1).type()).isEqualTo(Speaker.Type.UNKNOWN);
    Annotated paper = TestPipeline.annotate("Costs triple\n\nThe plan was a shambles, the Guardian reported.");
    assertThat(speakerOf(paper, 0).type()).isEqualTo(Speaker.Type.ORGANIZATION);
  }

  @Test
  void it_isTheDocumentThatSpokeLast_butNoNamedThingThatIsNoOrganisation() {
    Annotated doc = TestPipeline.annotate("Costs triple\n\nThe agency was hacked in 2010, the congressional report said.\n\n"
        + "It accused the agency of covering up the hacks.");
    assertThat(speakerOf(doc, 1).name()).isEqualTo("congressional report");
    Annotated named = TestPipeline.annotate("Faith returns\n\nThe Senate met on Monday. Christianity was the theme of the day.\n\n"
        + "It said the party would not split.");
    assertThat(speakerOf(named, 0).name()).isEqualTo("Senate");
  }

  @Test
  void ledeOfficeOfAPlace_isThePersonNamedWhenFirstQuoted_notAPersonsLawyer() {
    String later = "\n\nKevin Sullivan says he told his staff on Monday to check the records.";
    Annotated doc = TestPipeline.annotate("Tax files were not opened\n\nConnecticut’s tax commissioner says no one opened "
        + "the files." + later);
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Kevin Sullivan");
    assertThat(speakerOf(doc, 0).id()).isEqualTo(speakerOf(doc, 1).id());
    Annotated lawyer = TestPipeline.annotate("Tax files were not opened\n\nDonald Trump’s lawyer says no one opened the files."
        + later);
    assertThat(speakerOf(lawyer, 0).id()).isNotEqualTo(speakerOf(lawyer, 1).id());
  }

  @Test
  void anUnnamedMemberOfParliament_isAGroup_notAnOrganisation() {
    assertThat(lastSpeakerType("Wards are full\n\nThe first paragraph is here.\n\nThe Liberal MP said she would not seek re-election."))
        .isEqualTo(Speaker.Type.GROUP);
  }

  @Test
  void anUnnamedIndividualOfAnAnimateNoun_isAGroup_aDocumentIsNot() {
    assertThat(lastSpeakerType("Wards are full\n\nThe first paragraph is here.\n\nA nurse said the ward was full."))
        .isEqualTo(Speaker.Type.GROUP);
    assertThat(lastSpeakerType("Wards are full\n\nThe first paragraph is here.\n\nA report said the ward was full."))
        .isNotEqualTo(Speaker.Type.GROUP);
  }

  @Test
  void aName_neverRunsFromTheHeadlineIntoTheDatelineBelowIt() {
    Annotated doc = TestPipeline.annotate("Scientists warn of heat wave in India\n\nNEW DELHI - Temperatures will rise, "
        + "officials said.\n\n“This is unusual,” said Mrutyunjay Mohapatra.");
    assertThat(doc.speakers().entities()).extracting(Entity::name).noneMatch(name -> name.contains("\n"));
  }

  @Test
  void aTitleBeforeAName_isTheRole_neverTheHeadlineOrDatelineAboveIt() {
    Annotated doc = TestPipeline.annotate("Mayor defends budget after council clash\n\nTORONTO — Mayor Olivia Chow defended "
        + "her budget on Wednesday.\n\n“This budget protects services,” Chow said.");
    assertThat(lastSpeakerOf(doc).roles()).containsExactly("Mayor");
  }

  @Test
  void roleBeforeAName_keepsNounsJoinedByAnd_butNotTwoPeople() {
    Annotated doc = TestPipeline.annotate("“We're not going anywhere,” said oil and gas worker Jane Doe.");
    assertThat(lastSpeakerOf(doc).roles()).containsExactly("oil and gas worker");
    Annotated two = TestPipeline.annotate("“We're not going anywhere,” said Kim Lee and gas worker Jane Doe.");
    assertThat(lastSpeakerOf(two).roles()).noneMatch(r -> r.contains("and"));
    Annotated trustee = TestPipeline.annotate("Trustee Margaret Ellis said students were distracted.");
    assertThat(lastSpeakerOf(trustee).roles()).containsExactly("Trustee");
    Annotated reeve = TestPipeline.annotate("Reeve Bonnie Clark said the township would appeal.");
    assertThat(lastSpeakerOf(reeve).roles()).containsExactly("Reeve");
    assertThat(lastSpeakerOf(reeve).name()).isEqualTo("Bonnie Clark");
  }

  @Test
  void itemOfALiveReport_opensAfterItsTimeStamp_notAfterAnyParagraph() {
    String item = "Connecticut’s tax commissioner says no one opened the files.\n\n"
        + "Kevin Sullivan says he told his staff on Monday to check the records.";
    Annotated live = TestPipeline.annotate("The Latest\n\nThe board met on Monday and voted on the budget.\n\n2:45 p.m.\n\n" + item);
    assertThat(speakerOf(live, 0).id()).isEqualTo(speakerOf(live, 1).id());
    Annotated story = TestPipeline.annotate("Tax files\n\nThe board met on Monday and voted on the budget.\n\n"
        + "The governor spoke to reporters after the vote was taken.\n\n" + item);
    assertThat(speakerOf(story, 0).id()).isNotEqualTo(speakerOf(story, 1).id());
  }

  @Test
  void definiteOffice_goesToTheSalientPersonWhoCouldHoldIt_notOneWithAnotherKindOfRole() {
    assertThat(lastSpeakerName("Pence defends the ticket\n\nMike Pence says too much is made of the tweets. "
        + "“It was a joke,” said real estate developer Donald Trump.\n\nThe Indiana governor said the media are to blame."))
        .isEqualTo("Mike Pence");
    assertThat(lastSpeakerName("Oil prices rise\n\n“It has been a hard year,” said oil and gas worker Jane Doe.\n\n"
        + "The minister said that the government would help the sector.")).isNotEqualTo("Jane Doe");
  }

  @Test
  void definiteOffice_isNotSomeoneWhoSpeaksForAnother_butATitledHolderMayBe() {
    assertThat(lastSpeakerName("Ms Ardern's spokesperson, Andrew Campbell, said the former prime minister was travelling.\n\n"
        + "The senator told colleagues that he would vote against the bill.")).isNotEqualTo("Andrew Campbell");
    assertThat(lastSpeakerName("Sen. Elizabeth Warren said the bill was flawed.\n\n"
        + "The senator told colleagues that she would vote against it.")).isEqualTo("Elizabeth Warren");
  }

  @Test
  void bodysNounAloneInTheHeadline_isTheBodyNamedInFullLater_butAProperNameIsNotADocumentAboutIt() {
    Annotated doc = TestPipeline.annotate("Court criticises governments\n\n"
        + "The Supreme Court on Monday criticised the federal and state governments for failing to act.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Supreme Court");
    Annotated other = TestPipeline.annotate("Bloomberg says the race is close\n\n"
        + "A poll of Bloomberg readers found that most were undecided.");
    assertThat(speakerOf(other, 1).id()).isNotEqualTo(speakerOf(other, 0).id());
  }

  @Test
  void modifiedBodyNounOpeningTheHeadline_isTheBodyTheLedeDescribesWithThoseWords_butNotANamedBodysDescription() {
    Annotated doc = TestPipeline.annotate("Nurses' union says Alberta hospitals are dangerously understaffed\n\n"
        + "Alberta's largest nurses' union says staffing shortages at hospitals have reached a breaking point.");
    assertThat(speakerOf(doc, 0).id()).isEqualTo(speakerOf(doc, 1).id());
    Annotated named = TestPipeline.annotate("Chelsea have completed the signing of Kaoru Mitoma, the Premier League club announced.\n\n"
        + "The Premier League club said he would wear the number nine.");
    assertThat(speakerOf(named, 0).name()).isEqualTo("Chelsea");
  }

  @Test
  void headlineMemberOfANamedBody_isThePersonNamedWhenFirstQuoted_butAMemberInTheLedeStaysUnnamed() {
    Annotated doc = TestPipeline.annotate("Member of House panel says U.S. has to keep Moscow out of elections.\n\n"
        + "Rep. Adam Schiff, the top Democrat on the House Intelligence Committee, said the U.S. had to act.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Adam Schiff");
    Annotated lede = TestPipeline.annotate("Talks stall.\n\nA member of the committee said the talks had stalled.\n\n"
        + "“We are close,” said Jane Roe.");
    assertThat(speakerOf(lede, 0).name()).isNotEqualTo("Jane Roe");
  }

  @Test
  void ledeDescription_staysApart_fromSomeoneMentionedBefore_orAnUnnamedSource() {
    Annotated doc = TestPipeline.annotate("Don Fowler backs a plan.\n\n"
        + "A former party chairman says the party should choose a successor now.\n\n"
        + "“Now is the time,” said Don Fowler.\n\nA source said the plan was ready.\n\n“It is,” said Jane Roe.");
    assertThat(speakerOf(doc, 1).name()).isEqualTo("former party chairman");
    assertThat(speakerOf(doc, 3).name()).isEqualTo("source");
  }

  @Test
  void ledeDescriptionOfAnyone_staysApart_fromThePersonQuotedNext() {
    Annotated doc = TestPipeline.annotate("Man admits threats.\n\n"
        + "A New York man admitted that he threatened a congresswoman.\n\n"
        + "“Threats are not free speech,” said U.S. Attorney James Kennedy.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("New York man");
    assertThat(speakerOf(doc, 1).name()).isEqualTo("James Kennedy");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      An attorney for Pagliano, Mark MacDougall, said the vote was unfair.\\nPagliano's lawyer said he will not answer. | Mark MacDougall
      An attorney for Clinton, Mark MacDougall, said the vote was unfair.\\nPagliano's lawyer said he will not answer.  | Pagliano's lawyer
      """)
  void possessedRole_isThePersonWhoseRoleBeforeTheirNameIsTheSame(String text, String name) {
    assertThat(lastSpeakerName(text)).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Charles Grassley and Patrick Leahy met on Monday.\\nMr. Grassley and Mr. Leahy said the program was flawed.  | Charles Grassley and Patrick Leahy
      Charles Grassley met Patrick Leahy on Monday.\\nMr. Grassley said the program was flawed.                     | Charles Grassley
      Mr. Grassley and Mr. Leahy said the program was flawed.\\nThe program is a fraud, the senators wrote.         | Grassley and Leahy
      Mr. Grassley and Mr. Leahy said the program was flawed.\\nThe program is a fraud, the critics wrote.           | critics
      """)
  void peopleJoinedByAnd_areOneGroup_thatAPluralOfTheirTitleStandsFor(String text, String name) {
    assertThat(lastSpeakerName(text)).isEqualTo(name);
  }

  @Test
  void ledeBodyWithAProperModifier_isTheBodyNamedNext_withThatWord() {
    Annotated doc = TestPipeline.annotate("Panel acts on aide.\n\n"
        + "A House panel said on Thursday that the aide had defied a subpoena.\n\n"
        + "The House Oversight and Government Reform Committee said the vote was 19-15.");
    Annotated other = TestPipeline.annotate("Panel acts on aide.\n\n"
        + "A House panel said on Thursday that the aide had defied a subpoena.\n\n"
        + "The Senate Judiciary Committee said the vote was 19-15.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("House Oversight and Government Reform Committee");
    assertThat(speakerOf(doc, 0).id()).isEqualTo(speakerOf(doc, 1).id());
    assertThat(speakerOf(other, 0).id()).isNotEqualTo(speakerOf(other, 1).id());
  }

  @Test
  void headlineDocumentNoun_isTheDocumentNamedLater_withTheSameNoun() {
    Annotated doc = TestPipeline.annotate("Poll Shows Clinton Ahead.\n\n"
        + "A Bloomberg poll released on Tuesday shows Clinton leads by four points.");
    Annotated other = TestPipeline.annotate("Poll Shows Clinton Ahead.\n\n"
        + "The Roper Center said Clinton leads by four points.");
    assertThat(speakerOf(doc, 0).id()).isEqualTo(speakerOf(doc, 1).id());
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Bloomberg");
    assertThat(speakerOf(other, 0).id()).isNotEqualTo(speakerOf(other, 1).id());
  }

  @Test
  void relativeWhich_isTheOrganisationNamedRightBeforeItsComma_orTheNounPhraseThere() {
    assertThat(lastSpeakerName("Her death was confirmed by Penguin Random House Canada, which said she died Sunday."))
        .isEqualTo("Penguin Random House Canada");
    assertThat(lastSpeakerName("Her death was confirmed by the publisher, which said she died Sunday."))
        .isEqualTo("publisher");
    assertThat(lastSpeakerName("Her death was confirmed on Sunday, which said she died in Toronto."))
        .isEqualTo("which");
  }

  @Test
  void relativeWho_isThePersonNamedBeforeItsApposition_notAnEarlierOne() {
    Annotated doc = TestPipeline.annotate(
        "Barack Obama has had a frosty relationship with Mitch McConnell, now the Senate majority leader, "
        + "who in 2010 said the goal was to make Obama a one-term president.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Mitch McConnell");
    Annotated unnamed = TestPipeline.annotate(
        "Barack Obama has had a frosty relationship with the Senate majority leader, "
        + "who in 2010 said the goal was to make Obama a one-term president.");
    assertThat(speakerOf(unnamed, 0).name()).isNotEqualTo("Barack Obama");
  }

  @Test
  void organisationsDocument_isThatOrganisation_butNotADocumentAboutIt() {
    Annotated doc = TestPipeline.annotate("Bloomberg said on Monday that the race was close.\n"
        + "A Bloomberg poll released on Tuesday shows Clinton leads by four points.\n"
        + "The poll found that turnout would be high.\n"
        + "A Bloomberg opinion survey found that most voters were undecided.");
    assertThat(speakerOf(doc, 1).id()).isEqualTo(speakerOf(doc, 0).id());
    assertThat(speakerOf(doc, 3).id()).isEqualTo(speakerOf(doc, 0).id());
    assertThat(speakerOf(doc, 2).id()).isEqualTo(speakerOf(doc, 0).id());
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Bloomberg");
    Annotated about = TestPipeline.annotate("Bloomberg said on Monday that the race was close.\n"
        + "A poll of Bloomberg readers found that most were undecided.");
    assertThat(speakerOf(about, 1).id()).isNotEqualTo(speakerOf(about, 0).id());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      The Commission on Presidential Debates said the sound was faulty.   | Commission on Presidential Debates
      Hillary Clinton on Tuesday said the plan was sound.                  | Hillary Clinton
      """)
  void onJoinsANameOnlyAfterAWordForABody(String sentence, String name) {
    assertThat(speakerOf(TestPipeline.annotate(sentence), 0).name()).isEqualTo(name);
  }

  @Test
  void epithet_joinsThePersonInReach_butABareRoleNounDoesNot() {
    Annotated doc = TestPipeline.annotate("Donald Trump spoke in Ohio on Monday.\n"
        + "The New York businessman said the plan would fail.\nThe businessman said the plan would pass.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Donald Trump");
    assertThat(speakerOf(doc, 1).name()).isNotEqualTo("Donald Trump");
    Annotated paper = TestPipeline.annotate("Donald Trump spoke in Ohio on Monday.\n"
        + "The Hollywood Reporter said the film would be made.");
    assertThat(speakerOf(paper, 0).name()).isNotEqualTo("Donald Trump");
  }

  @Test
  void reportingVerbOpeningASentence_isNotPartOfTheSpeakersName() {
    Annotated doc = TestPipeline.annotate("Ryan Ellis spoke on Monday.\nSaid Ellis: “I don’t get the sense she’s interested.”");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Ryan Ellis");
    assertThat(doc.speakers().entities()).extracting(Entity::name).doesNotContain("Said Ellis");
  }

  @Test
  void surnameTheTaggerReadAsAWord_endsTheName_andLaterNamesTheSamePerson() {
    Annotated doc = TestPipeline.annotate("Spokeswoman Jessica Ditto said via email that the campaign would respond.\n"
        + "Ditto said she expects the campaign to keep going.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Jessica Ditto");
    assertThat(speakerOf(doc, 1).id()).isEqualTo(speakerOf(doc, 0).id());
  }

  @Test
  void verbAfterANameInATitleCaseHeadline_isNotItsSurname() {
    Annotated doc = TestPipeline.annotate("Lindsey Graham Says Trump Will Win.\n\nGraham said the race was close.");
    assertThat(doc.speakers().entities()).extracting(Entity::name).doesNotContain("Lindsey Graham Says");
  }

  @Test
  void loneAcronymSpeaker_isAnOrganisation_butATranscriptLabelIsAPerson() {
    Annotated doc = TestPipeline.annotate("The S.E.C. said the filing was late.\nRT reported that the talks failed.");
    assertThat(speakerOf(doc, 0).type()).isEqualTo(Speaker.Type.ORGANIZATION);
    assertThat(speakerOf(doc, 1).name()).isEqualTo("RT");
    Annotated atTheEnd = TestPipeline.annotate("“It is a network,” a former ambassador said of RT.\nRT reported that the talks failed.");
    assertThat(atTheEnd.speakers().entities()).extracting(Entity::name).contains("RT").doesNotContain("RT.");
    assertThat(speakerOf(doc, 1).type()).isEqualTo(Speaker.Type.ORGANIZATION);
    Annotated transcript = TestPipeline.annotate("“WALLACE: Will you be there?”");
    assertThat(speakerOf(transcript, 0).type()).isEqualTo(Speaker.Type.PERSON);
  }

  @Test
  void familyNameFirst_isThePersonCalledByItLater() {
    Annotated doc = TestPipeline.annotate("Ban Ki-moon spoke at the United Nations.\n"
        + "Mr. Ban said the council had failed.");
    Entity ban = speakerOf(doc, 0);
    assertThat(ban.name()).isEqualTo("Ban Ki-moon");
    assertThat(ban.type()).isEqualTo(Speaker.Type.PERSON);
    assertThat(ban.mentions()).extracting(m -> m.in(doc.article().text())).contains("Ban Ki-moon");
  }

  @Test
  void familyNameFirst_needsAHyphenatedGivenName() {
    Annotated doc = TestPipeline.annotate("Goldman Sachs bought the bank.\n"
        + "Mr. Goldman said the deal was fair.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Goldman");
  }

  @ParameterizedTest(name = "{1} after {0}: same person {2}")
  @CsvSource(delimiter = '|', value = {
      "Leslie Wimes|Wines|true",
      "Tyresha McClenney|McLenney|true",
      "Leslie Wimes|Wims|false",
      "Leslie Wimes|Holmes|false"})
  void loneSurnameOneLetterOff_isThePersonNamedBefore(String full, String misspelt, boolean same) {
    Annotated doc = TestPipeline.annotate(full + " spoke on Monday.\n“It was a good day,” " + misspelt + " said.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo(same ? full : misspelt);
  }

  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource({"wimes,wines,true", "mcclenney,mclenney,true", "wimes,wimess,true", "wimes,wimes,false", "wimes,wines2,false",
      "mahoney,mcclenney,false"})
  void oneEditApart_meansOneLetterReplacedAddedOrDropped(String a, String b, boolean expected) {
    assertThat(EntityTable.oneEditApart(a, b)).isEqualTo(expected);
  }

  @Test
  void groupWithFewerModifiers_isTheGroupDescribedBefore() {
    Annotated doc = TestPipeline.annotate("Labor-policy experts said the rule was too strict.\n"
        + "The experts said it would cost jobs.");
    assertThat(speakerOf(doc, 1).id()).isEqualTo(speakerOf(doc, 0).id());
    assertThat(speakerOf(doc, 1).type()).isEqualTo(Speaker.Type.GROUP);
  }

  @Test
  void groupPickingOutPartOfASet_isAGroupOfItsOwn() {
    Annotated doc = TestPipeline.annotate("Labor-policy experts said the rule was too strict.\n"
        + "Some experts said it would cost jobs.");
    assertThat(speakerOf(doc, 1).id()).isNotEqualTo(speakerOf(doc, 0).id());
  }

  @Test
  void firstNameCoordinatedWithAFullName_sharesItsSurname() {
    Annotated doc = TestPipeline.annotate("Bill and Hillary Clinton said they would attend the dinner.");
    Entity couple = speakerOf(doc, 0);
    assertThat(couple.type()).isEqualTo(Speaker.Type.GROUP);
    assertThat(couple.name()).isEqualTo("Bill Clinton and Hillary Clinton");
    assertThat(doc.speakers().entities()).extracting(Entity::name).contains("Bill Clinton", "Hillary Clinton");
  }

  @Test
  void coordinatedNamesEachWithASurname_keepTheirOwn() {
    Annotated doc = TestPipeline.annotate("Barack Obama and Hillary Clinton said they would attend the dinner.");
    assertThat(doc.speakers().entities()).extracting(Entity::name).contains("Barack Obama", "Hillary Clinton")
        .doesNotContain("Barack Obama Clinton");
  }

  @Test
  void nameAfterAPreposition_isNotInAppositionToTheSpeakerAfterIt() {
    Annotated doc = TestPipeline.annotate("Mayor Bill de Blasio spoke on Saturday.\n"
        + "At a press conference in Chelsea, the mayor also said that it was too early to tell.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Bill de Blasio");
  }

  @Test
  void capitalisedOfficeAlone_isADescriptionOfThePersonInReach_notAName() {
    Annotated doc = TestPipeline.annotate("Ted Cruz spoke in Houston on Monday.\n"
        + "“It was a great speech,” the Senator from Texas said.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Ted Cruz");
    Annotated body = TestPipeline.annotate("Ted Cruz spoke in Houston on Monday.\n"
        + "The Senate Judiciary Committee said the vote would pass.");
    assertThat(speakerOf(body, 0).type()).isEqualTo(Speaker.Type.ORGANIZATION);
  }

  @Test
  void bodyDescription_skipsANameWrittenOnlyAfterASettlementsNoun_butNotABodyNamedAsASubject() {
    assertThat(lastSpeakerName("A wildfire broke out near the town of Varnavas on Sunday.\n\n"
        + "More than 400 firefighters were battling the blaze, the fire service said.")).isNotEqualTo("Varnavas");
    assertThat(lastSpeakerName("The London Fire Brigade sent 40 engines on Sunday.\n\n"
        + "More than 200 firefighters were battling the blaze, the brigade said.")).isEqualTo("London Fire Brigade");
  }

  @Test
  void ministry_isNoCongressNamedBefore_butAPartyIsTheCongressThatIsOne() {
    assertThat(lastSpeakerName("The minister spoke at the National Trades Union Congress's rally on Wednesday.\n\n"
        + "The ministry said it had consulted 3,000 employers.")).isNotEqualTo("National Trades Union Congress");
    assertThat(lastSpeakerName("The African National Congress lost its majority on Sunday.\n\n"
        + "The party said it would talk to every other party.")).isEqualTo("African National Congress");
  }

  @Test
  void wordInsideALongFullName_isItsPersonInEitherOrder_butNotInsideAThreeWordName() {
    assertThat(lastSpeakerName("Brazil's Lula vows to fight hunger\n\nBrazilian President Luiz Inacio Lula da Silva opened "
        + "the summit on Monday.\n\nLula said 82 countries had joined the alliance.")).isEqualTo("Luiz Inacio Lula da Silva");
    assertThat(lastSpeakerName("President Luiz Inacio Lula da Silva opened the summit on Monday.\n\n"
        + "Lula said 82 countries had joined the alliance.")).isEqualTo("Luiz Inacio Lula da Silva");
    assertThat(lastSpeakerName("Senator John Paul Jones opened the hearing on Monday.\n\n"
        + "Paul said the plan was dead.")).isNotEqualTo("John Paul Jones");
  }

  @Test
  void giantDescribed_isTheCompanyNamedJustBefore_butAGiantNamedIsItsOwn() {
    assertThat(lastSpeakerName("Netflix added 5.1 million subscribers in the third quarter.\n\n"
        + "The streaming giant said Thursday that revenue rose 15%.")).isEqualTo("Netflix");
    assertThat(lastSpeakerName("Netflix added 5.1 million subscribers in the third quarter.\n\n"
        + "Giant Eagle said Thursday that revenue rose 15%.")).isEqualTo("Giant Eagle");
  }

  @Test
  void roleBeforeAName_stopsAtAnEventsOfOrTo_butKeepsABodysOfATitlesToAndAHyphenedTitle() {
    Annotated signing = TestPipeline.annotate("Liverpool completed the signing of Netherlands midfielder Ryan Gravenberch "
        + "on Friday.\n\n\"It's a dream,\" Gravenberch said.");
    assertThat(lastSpeakerOf(signing).roles()).containsExactly("Netherlands midfielder");
    Annotated blow = TestPipeline.annotate("The ruling dealt a major blow to Prime Minister Rishi Sunak's plan.\n\n"
        + "Sunak said he respected the ruling.");
    assertThat(lastSpeakerOf(blow).roles()).containsExactly("Prime Minister");
    Annotated envoy = TestPipeline.annotate("\"It's a dream,\" said Ambassador to the UN Linda Thomas-Greenfield.");
    assertThat(lastSpeakerOf(envoy).name()).isEqualTo("Linda Thomas-Greenfield");
    assertThat(lastSpeakerOf(envoy).roles()).containsExactly("Ambassador to the UN");
    Annotated haley = TestPipeline.annotate("U.S. Ambassador to the United Nations Nikki Haley said the vote was"
        + " a mistake.");
    assertThat(lastSpeakerOf(haley).name()).isEqualTo("Nikki Haley");
    assertThat(lastSpeakerOf(haley).roles()).containsExactly("U.S. Ambassador to the United Nations");
    Annotated joined = TestPipeline.annotate("Netflix added subscribers.\n\nCo-CEO Greg Peters told analysts that ads grew.");
    assertThat(lastSpeakerOf(joined).roles()).containsExactly("Co-CEO");
    Annotated body = TestPipeline.annotate("\"It's a dream,\" said University of Toronto professor Jane Doe.");
    assertThat(lastSpeakerOf(body).roles()).containsExactly("University of Toronto professor");
  }

  @Test
  void nameAfterATitleInsideItsRun_isAPerson_butATitleAloneNamesNoOne() {
    Annotated ban = TestPipeline.annotate("Former UN Secretary-General Ban Ki-moon said on Monday that the world was failing."
        + "\n\n\"We are running out of time,\" Ban said.");
    assertThat(lastSpeakerOf(ban).name()).isEqualTo("Ban Ki-moon");
    assertThat(lastSpeakerOf(ban).type()).isEqualTo(Speaker.Type.PERSON);
    assertThat(lastSpeakerOf(TestPipeline.annotate("The UN Secretary-General said on Monday that the world was failing."))
        .type()).isNotEqualTo(Speaker.Type.PERSON);
    assertThat(lastSpeakerOf(TestPipeline.annotate("An Associated Press-GfK poll found that voters were unhappy."))
        .type()).isNotEqualTo(Speaker.Type.PERSON);
  }

  @Test
  void prefixedTitleInAHeadline_isThePersonNamedAfterIt_butAPrefixedNounThatIsNoTitleIsNot() {
    assertThat(lastSpeakerOf(TestPipeline.annotate("Ex-minister says party must change\n\nFormer health minister Jane Doe "
        + "says her party must change.")).roles()).contains("Ex-minister");
    Annotated other = TestPipeline.annotate("Ex-girlfriend says party must change\n\nJane Doe says her party must change.");
    assertThat(lastSpeakerOf(other).roles()).doesNotContain("Ex-girlfriend");
    assertThat(speakerOf(other, 0).name()).isNotEqualTo("Jane Doe");
  }

  @Test
  void roleAfterAnInvertedSpeaker_isTheFirstOfTwoJoinedRoles_butNotPartOfOneRolesModifiers() {
    Annotated two = TestPipeline.annotate("\"It was a coastline,\" said Hai Liu, a planetary scientist at Guangzhou University "
        + "and one of the study's authors.");
    assertThat(lastSpeakerOf(two).roles()).containsExactly("planetary scientist at Guangzhou University");
    Annotated one = TestPipeline.annotate("\"It was a genocide,\" said Roman Smbatyan, an Armenian history and Middle Eastern "
        + "history faculty member at UC Irvine.");
    assertThat(lastSpeakerOf(one).roles()).noneMatch(r -> r.equals("Armenian history"));
  }
}
