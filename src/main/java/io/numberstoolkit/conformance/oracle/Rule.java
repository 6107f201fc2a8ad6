package io.numberstoolkit.conformance.oracle;

/**
 * The rules the state oracle holds a target to, each with the sentence of the documents it rests
 * on: the docs ({@code numbers-api-docs.md}) or the vendor's facts page ({@code
 * what-the-docs-leave-open.md}). Nothing here asserts a choice the documents leave OPEN, except
 * {@link #ID_NOT_HANDED_OUT_AGAIN}: no sentence states it, so it is held in {@code @convention}
 * scenarios only ({@link StateOracle#holdIdsNew}).
 */
enum Rule {
  SHOWN_AS_ANSWERED("a number shows as the answer that carried it said",
      "docs: GET numbers/1 returns a single number; the create and update answers carry that number"),
  CREATED_AS_SENT("a new number has the campaign, affiliate and sub id it was created with",
      "docs: POST numbers, parameters afid, cid, [sid]"),
  TOLL_FREE_UNLESS_LOCAL("a number is toll-free unless it was created Local",
      "facts: type is Toll-free or Local; defaults to Toll-free"),
  MALE_VOICE_BY_DEFAULT("a text-to-speech greeting is read by a Male voice unless asked otherwise",
      "facts: voice_gender is Male or Female (default Male)"),
  INHERITS_UNLESS_OVERRIDDEN("a number inherits its campaign's greeting, timers and menu options unless the request overrides them",
      "facts: a number inherits its campaign's greeting, timers and menu options (inherited: true, uses_campaign_settings: true)"),
  OVERRIDDEN_AS_SENT("an overridden part holds what was sent, not inherited",
      "facts: passing message/voice_gender/an audio file, timers_attributes or menu_options_attributes overrides that part: the items given have inherited: false"),
  OVERRIDE_REPLACES("overridden parts replace the inherited ones rather than add to them",
      "facts: ... overrides that part"),
  TARGET_CID_WINS("a menu option's campaign overrides its phone number",
      "docs: target_cid ... if this value is set, it will override the target number"),
  UPDATE_SETS_WHAT_IT_NAMES("an update sets the attributes it names",
      "facts: PUT updates only the attributes passed"),
  UNCHANGED_UNLESS_NAMED("an update changes only the attributes it names",
      "facts: PUT updates only the attributes passed"),
  NESTED_IN_PLACE_OR_ADDED("nested items given with an id are updated in place, those without are added",
      "facts: without destroy_nested, nested items given with an id are updated in place and those without are added"),
  DESTROY_NESTED_REMOVES("destroy_nested removes the number's old timers and menu options",
      "facts: destroy_nested: true destroys the number's existing timers and menu options before the ones in the request are applied"),
  REFUSED_CHANGES_NOTHING("a refused request changes nothing",
      "facts: 4xx statuses refuse a request; PUT updates only the attributes passed"),
  CAN_BE_SHOWN("a number the service created and did not delete can be shown",
      "docs: GET numbers/1 returns a single number based on our internal ID"),
  GONE_AFTER_DELETE("a deleted number is gone from every view",
      "docs: DELETE deletes number with the given ID"),
  ID_NOT_HANDED_OUT_AGAIN("an id is not handed out again",
      "convention: no document states it; docs: GET numbers/1 returns a single number based on our internal ID"),
  LISTED_AS_SHOWN("the list holds the number as show answers it",
      "docs: GET numbers returns all the numbers you have; facts: the index answers an array of those"),
  FOUND_AS_SHOWN("the search by its cid, afid and sid finds the number once, as show answers it",
      "docs: GET numbers/for/cid/../afid/../sid/.. searches for numbers matching the provided criteria"),
  XML_AS_JSON("the XML view carries the JSON view's fields under dashed names and Rails types",
      "facts: XML bodies are Rails-style: dashed element names, type=\"integer\", \"boolean\", \"datetime\" and \"array\"");

  private final String sentence;
  private final String source;

  Rule(String sentence, String source) {
    this.sentence = sentence;
    this.source = source;
  }

  String sentence() {
    return sentence;
  }

  String source() {
    return source;
  }
}
