package io.numberstoolkit.conformance.targets;

import static io.numberstoolkit.conformance.targets.BrokenImplementation.Source.DOCS;
import static io.numberstoolkit.conformance.targets.BrokenImplementation.Source.FACTS;
import static io.numberstoolkit.conformance.targets.Rewrites.CREATE;
import static io.numberstoolkit.conformance.targets.Rewrites.DELETE;
import static io.numberstoolkit.conformance.targets.Rewrites.LIST;
import static io.numberstoolkit.conformance.targets.Rewrites.SEARCH;
import static io.numberstoolkit.conformance.targets.Rewrites.SHOW;
import static io.numberstoolkit.conformance.targets.Rewrites.UPDATE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.numberstoolkit.conformance.targets.RewritingProxy.Forward;
import io.numberstoolkit.conformance.targets.RewritingProxy.Reply;
import io.numberstoolkit.conformance.targets.RewritingProxy.Rewrite;
import io.numberstoolkit.conformance.targets.RewritingProxy.Upstream;
import io.numberstoolkit.contract.ApiFacts;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Broken implementations of the numbers API, one a documented sentence: each is the simulator
 * with one rule broken, the sentence it breaks, and the scenario that must catch it.
 * features/BROKEN-IMPLEMENTATIONS.md lists them as a table.
 */
public enum Defect implements BrokenImplementation {
  // ---- GET numbers
  LIST_IS_NOT_AN_ARRAY(FACTS,
      "A single number is answered as `{\"number\": {...}}`; the index and the search answer a JSON array of those",
      "The list answers a page of numbers",
      Rewrites.answers(LIST, reply -> Bodies.isXml(reply) ? reply : reply.withBody("{\"numbers\": " + reply.text() + "}"))),
  LIST_LEAVES_OUT_THE_NEWEST_NUMBER(DOCS, "Returns all the numbers you have in our system.",
      "A new number appears in the list as it is shown",
      Rewrites.answers(LIST, reply -> {
        if (reply.status() != 200) {
          return reply;
        }
        ArrayNode numbers = (ArrayNode) Bodies.read(reply);
        long newest = -1;
        for (JsonNode item : numbers) {
          newest = Math.max(newest, item.path("number").path("id").asLong());
        }
        for (int i = numbers.size() - 1; i >= 0; i--) {
          if (numbers.get(i).path("number").path("id").asLong() == newest) {
            numbers.remove(i);
          }
        }
        return Bodies.write(reply, numbers);
      })),

  // ---- GET numbers/1
  UNKNOWN_IDS_ARE_FOUND(DOCS, "Returns a single number based on our internal ID.",
      "A number that does not exist is not found",
      Rewrites.answers(SHOW, reply -> reply.status() == 404
          ? new Reply(200, Map.of("Content-Type", "application/json"), "{\"number\": null}".getBytes()) : reply)),
  SHOW_ANSWERS_THE_OLDEST_NUMBER(DOCS, "Returns a single number based on our internal ID.",
      "A created number can be shown as it was answered",
      (request, upstream) -> {
        if (!SHOW.test(request)) {
          return upstream.send(request);
        }
        Reply list = upstream.send(new Forward("GET", "/numbers.json", request.query(), null, new byte[0]));
        return list.withBody(Bodies.json(Bodies.read(list).get(0)));
      }),
  SHOW_IS_NOT_WRAPPED(FACTS, "A single number is answered as `{\"number\": {...}}`",
      "Showing a number answers every documented field",
      Rewrites.answers(SHOW, reply -> Bodies.isXml(reply) || reply.status() != 200
          ? reply : reply.withBody(Bodies.json(Bodies.read(reply).get("number"))))),

  // ---- GET numbers/for/cid/0002/afid/0033/sid/sub_id
  SEARCH_IGNORES_THE_SUB_ID(DOCS, "Searches for numbers matching the provided criteria.",
      "The search finds the numbers of a campaign, an affiliate and a sub id",
      searchMatching(Set.of("cid", "afid"))),
  SEARCH_IGNORES_THE_CAMPAIGN(DOCS, "Searches for numbers matching the provided criteria.",
      "Every number found matches all three criteria",
      searchMatching(Set.of("afid", "sid"))),
  SEARCH_IS_NOT_AN_ARRAY(FACTS, "the index and the search answer a JSON array of those: `[{\"number\": {...}}, ...]`",
      "A search that matches nothing answers an empty list",
      Rewrites.answers(SEARCH, reply -> Bodies.isXml(reply) ? reply : reply.withBody("{\"numbers\": " + reply.text() + "}"))),

  // ---- POST numbers
  CREATE_STORES_NOTHING(DOCS, "Creates a new phone number.",
      "A created number can be shown as it was answered",
      (request, upstream) -> {
        Reply created = upstream.send(request);
        if (CREATE.test(request) && created.status() == 201 && !Bodies.isXml(created)) {
          long id = Bodies.read(created).path("number").path("id").asLong();
          upstream.send(new Forward("DELETE", "/numbers/" + id + ".json", request.query(), null, new byte[0]));
        }
        return created;
      }),
  TYPE_IS_IGNORED(FACTS, "`type`: `Toll-free` or `Local`; defaults to `Toll-free`.",
      "A local number in one of the supported countries",
      Rewrites.createBody(number -> number.remove(List.of("type", "country")))),
  THE_DEFAULT_TYPE_IS_LOCAL(FACTS, "`type`: `Toll-free` or `Local`; defaults to `Toll-free`.",
      "A number is toll-free unless asked otherwise",
      Rewrites.createBody(number -> number.putIfAbsent("type", TextNode.valueOf(ApiFacts.LOCAL)))),
  DESIRED_TEXT_IS_REFUSED(FACTS, "`desired_text`: try to get a number that contains this word on the keypad (DEBUG = 33284);"
      + " fall back to an ordinary number when none is found.",
      "A toll-free number for a campaign, with a vanity word",
      Rewrites.refusesCreate(number -> number.has("desired_text"))),
  ANY_COUNTRY_IS_ACCEPTED(FACTS, "`country`: for Local numbers only; default `US`; one of US CA AT BE DK FI FR GB IE IT NL PL SE.",
      "A create request whose country is not one of its values is rejected",
      Rewrites.createBody(number -> {
        if (number.has("country") && !number.path("country").asText().matches("[A-Z]{2}")) {
          number.put("country", ApiFacts.DEFAULT_COUNTRY);
        }
      })),
  A_SUPPORTED_COUNTRY_IS_REFUSED(FACTS, "`country`: for Local numbers only; default `US`; one of US CA AT BE DK FI FR GB IE IT NL PL SE.",
      "A local number in one of the supported countries",
      Rewrites.refusesCreate(number -> number.path("country").asText().equals("GB"))),
  AFID_IS_NOT_REQUIRED(FACTS, "`afid`: required; an unknown affiliate ID creates that affiliate.",
      "A create request whose afid is missing is rejected",
      Rewrites.createBody(number -> number.putIfAbsent("afid", TextNode.valueOf("0002")))),
  A_NEW_AFFILIATE_IS_REFUSED(FACTS, "`afid`: required; an unknown affiliate ID creates that affiliate.",
      "An affiliate the service does not know yet is created with the number",
      Rewrites.refusesCreate(number -> number.has("afid") && !number.path("afid").asText().equals("0002"))),
  CID_IS_NOT_REQUIRED(FACTS, "`cid`: required; the campaign must already exist.",
      "A create request whose cid is missing is rejected",
      Rewrites.createBody(number -> number.putIfAbsent("cid", TextNode.valueOf("0001")))),
  AN_UNKNOWN_CAMPAIGN_IS_ACCEPTED(FACTS, "`cid`: required; the campaign must already exist.",
      "The campaign must already exist",
      Rewrites.createBody(number -> {
        if (!Rewrites.KNOWN_CAMPAIGNS.contains(number.path("cid").asText())) {
          number.put("cid", "0001");
        }
      })),
  CREATE_DROPS_THE_SUB_ID(DOCS, "@param [sid] {string}",
      "A toll-free number for a campaign, with a vanity word",
      Rewrites.createBody(number -> number.remove("sid"))),
  CREATE_IGNORES_THE_GREETING(DOCS, "@param [message] {string} (Text-to-Speech) A message you want read aloud to the caller"
      + " when they dial your number.",
      "A text-to-speech greeting of its own",
      Rewrites.createBody(number -> number.remove(List.of("message", "voice_gender")))),
  CREATE_IGNORES_THE_VOICE(DOCS, "@param [voice_gender] {string} (Text-to-Speech) Male or Female, the gender of the"
      + " text-to-speech voice you want.",
      "A text-to-speech greeting of its own",
      Rewrites.createBody(number -> number.remove("voice_gender"))),
  ANY_VOICE_IS_ACCEPTED(DOCS, "@param [voice_gender] {string} (Text-to-Speech) Male or Female, the gender of the"
      + " text-to-speech voice you want.",
      "A create request whose voice_gender is not one of its values is rejected",
      Rewrites.createBody(number -> {
        if (!Set.of("Male", "Female").contains(number.path("voice_gender").asText("Male"))) {
          number.remove("voice_gender");
        }
      })),
  THE_DEFAULT_VOICE_IS_FEMALE(FACTS, "`voice_gender` is `Male` or `Female` (default `Male`).",
      "The greeting is read by a male voice unless asked otherwise",
      Rewrites.createBody(number -> {
        if (number.has("message") && !number.has("voice_gender")) {
          number.put("voice_gender", "Female");
        }
      })),
  AN_UPLOADED_GREETING_IS_REFUSED(DOCS, "@param [message_file] {file} (Audio File) An audio file you would like played for"
      + " the caller when they dial your number. Use this field with multipart/form-data submissions.",
      "An audio greeting uploaded as a file",
      (request, upstream) -> CREATE.test(request) && isMultipart(request) ? Rewrites.refusal(422) : upstream.send(request)),
  A_BASE64_GREETING_IS_IGNORED(DOCS, "@param [message_file_b64_data] {string} (Audio File) A Base64-encoded audio file.",
      "An audio greeting sent as Base64",
      Rewrites.createBody(number -> number.remove(List.of("message_file_b64_data", "message_file_b64_filename")))),
  THE_AUDIO_FILE_NAME_IS_LOST(DOCS, "@param [message_file_b64_filename] {string} (Audio File) The original file name for the"
      + " Base64-encoded audio file.",
      "An audio greeting sent as Base64",
      Rewrites.createBody(number -> {
        if (number.has("message_file_b64_filename")) {
          number.put("message_file_b64_filename", "audio.wav");
        }
      })),
  REPEAT_IS_REFUSED(DOCS, "@param [repeat] {integer} The number of times to repeat the greeting. Defaults to 4.",
      "The greeting may be repeated; the repeat count is not answered",
      Rewrites.refusesCreate(number -> number.has("repeat"))),
  REPEAT_IS_ANSWERED(FACTS, "`repeat` (default 4) is accepted and not echoed.",
      "The greeting may be repeated; the repeat count is not answered",
      Rewrites.numbersAnswered(number -> number.put("repeat", 4))),
  CREATE_IGNORES_THE_TIMERS(DOCS, "@param [timers_attributes] {array} An array of timers.",
      "Timers of its own",
      Rewrites.createBody(number -> number.remove("timers_attributes"))),
  CREATE_IGNORES_THE_MENU_OPTIONS(DOCS, "@param [menu_options_attributes] {array} An array of menu options.",
      "Menu options of its own, forwarding to a phone number or to a campaign",
      Rewrites.createBody(number -> number.remove("menu_options_attributes"))),
  TIMER_SECONDS_ARE_NOT_REQUIRED(DOCS, "@param seconds {integer} The minimum length of time the call must last for this pixel"
      + " to be fired.",
      "A create request whose timers_attributes[].seconds is missing is rejected",
      Rewrites.createBody(number -> Rewrites.items(number, "timers_attributes").forEach(
          timer -> ((ObjectNode) timer).putIfAbsent("seconds", IntNode.valueOf(0))))),
  TIMER_URL_IS_NOT_REQUIRED(DOCS, "@param url {string} The URL that should be called for this timer.",
      "A create request whose timers_attributes[].url is missing is rejected",
      Rewrites.createBody(number -> Rewrites.items(number, "timers_attributes").forEach(
          timer -> ((ObjectNode) timer).putIfAbsent("url", TextNode.valueOf("http://tracker.example.com/made-up"))))),
  THE_BUTTON_IS_NOT_REQUIRED(DOCS, "@param option {string} The button the caller will press.",
      "A create request whose menu_options_attributes[].option is missing is rejected",
      Rewrites.createBody(number -> Rewrites.items(number, "menu_options_attributes").forEach(
          option -> ((ObjectNode) option).putIfAbsent("option", TextNode.valueOf("9"))))),
  ANY_BUTTON_IS_ACCEPTED(DOCS, "@param option {string} The button the caller will press. [...] (1 2 3 4 5 6 7 8 9 0 * #)",
      "A create request whose menu_options_attributes[].option is not one of its values is rejected",
      Rewrites.createBody(number -> Rewrites.items(number, "menu_options_attributes").forEach(option -> {
        if (!option.path("option").asText().matches("[0-9*#]")) {
          ((ObjectNode) option).put("option", "9");
        }
      }))),
  THE_PHONE_NUMBER_WINS_OVER_THE_CAMPAIGN(DOCS, "If this value is set, it will overrride the target number.",
      "A menu option's campaign wins over its phone number",
      Rewrites.createBody(number -> Rewrites.items(number, "menu_options_attributes").forEach(option -> {
        if (option.has("target_number")) {
          ((ObjectNode) option).remove("target_cid");
        }
      }))),
  AN_UNKNOWN_TARGET_CAMPAIGN_IS_ACCEPTED(DOCS, "@param target_cid {string} A campaign ID to redirect the caller to."
      + " The campaign must be configured in the system.",
      "A menu option cannot forward to a campaign that does not exist",
      Rewrites.createBody(number -> Rewrites.items(number, "menu_options_attributes").forEach(option -> {
        if (option.has("target_cid") && !Rewrites.KNOWN_CAMPAIGNS.contains(option.path("target_cid").asText())) {
          ((ObjectNode) option).put("target_cid", "0001");
        }
      }))),

  // ---- what a number is answered with
  PHONE_NUMBERS_ARE_NOT_E164(FACTS, "Phone numbers are E.164 strings (`+16479311232`).",
      "A toll-free number for a campaign, with a vanity word",
      Rewrites.numbersAnswered(number -> number.put("number", number.path("number").asText().replace("+", "00")))),
  LOCAL_TIMESTAMPS(FACTS, "Timestamps are ISO-8601 UTC (`2012-05-03T13:53:23Z`).",
      "A toll-free number for a campaign, with a vanity word",
      Rewrites.numbersAnswered(number -> {
        for (String field : List.of("created_at", "updated_at")) {
          number.put(field, number.path(field).asText().replaceFirst("Z$", "-05:00"));
        }
      })),
  TOLL_FREE_IS_A_STRING(DOCS, "\"toll_free\":false",
      "Showing a number answers every documented field",
      Rewrites.numbersAnswered(number -> number.put("toll_free", number.path("toll_free").asText()))),
  MENU_OPTIONS_ARE_BARE(FACTS, "Menu options are always wrapped: `{\"menu_option\": {id, option, target_cid, target_number,"
      + " inherited}}`.",
      "Showing a number answers every documented field",
      Rewrites.numbersAnswered(number -> {
        ArrayNode bare = Bodies.JSON.createArrayNode();
        number.path("menu_options").forEach(item -> bare.add(item.has("menu_option") ? item.get("menu_option") : item));
        number.set("menu_options", bare);
      })),
  A_NEW_NUMBER_DOES_NOT_USE_ITS_CAMPAIGNS_SETTINGS(FACTS, "A number inherits its campaign's greeting, timers and menu options"
      + " (`inherited: true`, `uses_campaign_settings: true`).",
      "A new number uses its campaign's settings",
      Rewrites.numbersAnswered(number -> number.put("uses_campaign_settings", false))),
  INHERITED_TIMERS_SAY_THEY_ARE_OWN(FACTS, "A number inherits its campaign's greeting, timers and menu options"
      + " (`inherited: true`, `uses_campaign_settings: true`).",
      "A new number uses its campaign's settings",
      Rewrites.numbersAnswered(number -> Rewrites.eachItem(number, "timers", timer -> timer.put("inherited", false)))),
  AN_OWN_GREETING_SAYS_IT_IS_INHERITED(FACTS, "Passing `message`/`voice_gender`/an audio file, `timers_attributes` or"
      + " `menu_options_attributes` overrides that part: the items given have `inherited: false`.",
      "A text-to-speech greeting of its own",
      Rewrites.numbersAnswered(number -> ((ObjectNode) number.path("greeting")).put("inherited", true))),
  OWN_TIMERS_SAY_THEY_ARE_INHERITED(FACTS, "Passing `message`/`voice_gender`/an audio file, `timers_attributes` or"
      + " `menu_options_attributes` overrides that part: the items given have `inherited: false`.",
      "Timers of its own",
      Rewrites.numbersAnswered(number -> Rewrites.eachItem(number, "timers", timer -> timer.put("inherited", true)))),
  INHERITED_ITEMS_CARRY_THE_CAMPAIGNS_IDS(FACTS, "Inherited items carry their own ids, not the campaign's.",
      "Inherited timers and menu options get ids of their own",
      Rewrites.numbersAnswered(number -> {
        Rewrites.eachItem(number, "timers", timer -> timer.put("id", 1000 + timer.path("seconds").asInt()));
        Rewrites.eachItem(number, "menu_options", option -> option.put("id", 2000 + option.path("option").asText().hashCode()));
      })),

  // ---- PUT /numbers/1.format
  UPDATE_CHANGES_NOTHING(DOCS, "Updates number with the given ID.",
      "An update changes only the attributes passed",
      (request, upstream) -> upstream.send(UPDATE.test(request) ? request.withMethod("GET") : request)),
  UPDATE_RESETS_WHAT_IT_IS_NOT_GIVEN(FACTS, "PUT updates only the attributes passed, e.g. `{\"number\": {\"afid\": \"0005\"}}`.",
      "An update changes only the attributes passed",
      Rewrites.updateBody(number -> number.putIfAbsent("afid", TextNode.valueOf("0005")))),
  UPDATE_IGNORES_THE_CAMPAIGN(FACTS, "PUT updates only the attributes passed, e.g. `{\"number\": {\"afid\": \"0005\"}}`.",
      "A number moves to another campaign",
      Rewrites.updateBody(number -> number.remove("cid"))),
  UPDATE_IGNORES_THE_AFFILIATE(FACTS, "PUT updates only the attributes passed, e.g. `{\"number\": {\"afid\": \"0005\"}}`.",
      "A number changes its affiliate",
      Rewrites.updateBody(number -> number.remove("afid"))),
  UPDATE_IGNORES_THE_GREETING(FACTS, "PUT updates only the attributes passed, e.g. `{\"number\": {\"afid\": \"0005\"}}`.",
      "A number gets a greeting of its own",
      Rewrites.updateBody(number -> number.remove(List.of("message", "voice_gender")))),
  UPDATE_IGNORES_A_BASE64_GREETING(FACTS, "PUT updates only the attributes passed, e.g. `{\"number\": {\"afid\": \"0005\"}}`.",
      "A number gets an audio greeting",
      Rewrites.updateBody(number -> number.remove(List.of("message_file_b64_data", "message_file_b64_filename")))),
  UPDATE_REFUSES_AN_UPLOADED_GREETING(DOCS, "@param [message_file] {file} (Audio File) [...] Use this field with"
      + " multipart/form-data submissions.",
      "A number gets an uploaded audio greeting",
      (request, upstream) -> UPDATE.test(request) && isMultipart(request) ? Rewrites.refusal(422) : upstream.send(request)),
  NEW_TIMERS_REPLACE_THE_OLD(FACTS, "without it, nested items given with an `id` are updated in place and those without are added.",
      "A timer without an id is added",
      Rewrites.updateBody(number -> {
        if (number.has("timers_attributes")) {
          number.put("destroy_nested", true);
        }
      })),
  TIMER_IDS_ARE_IGNORED(FACTS, "without it, nested items given with an `id` are updated in place and those without are added.",
      "A timer given with its id is changed in place",
      Rewrites.updateBody(number -> Rewrites.items(number, "timers_attributes").forEach(t -> ((ObjectNode) t).remove("id")))),
  MENU_OPTION_IDS_ARE_IGNORED(FACTS, "without it, nested items given with an `id` are updated in place and those without are added.",
      "A menu option without an id is added, one with its id is changed in place",
      Rewrites.updateBody(number -> Rewrites.items(number, "menu_options_attributes").forEach(m -> ((ObjectNode) m).remove("id")))),
  DESTROY_NESTED_IS_IGNORED(FACTS, "`destroy_nested: true` destroys the number's existing timers and menu options before the"
      + " ones in the request are applied",
      "With destroy_nested the old timers and menu options go first",
      Rewrites.updateBody(number -> number.remove("destroy_nested"))),
  AN_UPDATE_APPLIES_AN_UNKNOWN_TYPE(FACTS, "`type`: `Toll-free` or `Local`; defaults to `Toll-free`.",
      "An update request whose type is not one of its values is rejected or ignored",
      appliesAnUnknownType()),
  AN_UNKNOWN_NUMBER_IS_UPDATED(FACTS, "404 not found",
      "A number that does not exist cannot be updated",
      Rewrites.answers(UPDATE, reply -> reply.status() == 404 ? Rewrites.noContent() : reply)),

  // ---- DELETE /numbers/1.format
  DELETE_DELETES_NOTHING(DOCS, "Deletes number with the given ID.",
      "A deleted number is gone",
      (request, upstream) -> {
        if (!DELETE.test(request)) {
          return upstream.send(request);
        }
        Reply found = upstream.send(request.withMethod("GET"));
        return found.status() == 200 ? Rewrites.noContent() : found;
      }),
  AN_UNKNOWN_NUMBER_IS_DELETED(FACTS, "404 not found",
      "A number that does not exist cannot be deleted",
      Rewrites.answers(DELETE, reply -> reply.status() == 404 ? Rewrites.noContent() : reply)),

  // ---- formats
  JSON_IS_TEXT_PLAIN(FACTS, "`.json` (Content-Type `application/json`)",
      "The list in JSON",
      (request, upstream) -> {
        Reply reply = upstream.send(request);
        return Bodies.isXml(reply) ? reply : reply.withHeader("Content-Type", "text/plain");
      }),
  XML_IS_JSON(FACTS, "`.xml` (Content-Type `text/xml`; RFC 7303 makes `application/xml` the same media type [...])",
      "The list in XML",
      (request, upstream) -> request.path().endsWith(".xml")
          ? upstream.send(Rewrites.as(request, "json")).withHeader("Content-Type", "text/xml; charset=utf-8")
          : upstream.send(request)),
  XML_LISTS_ARE_NOT_MARKED_AS_ARRAYS(FACTS, "XML bodies are Rails-style: dashed element names, `type=\"integer\"`,"
      + " `type=\"boolean\"`, `type=\"datetime\"` and `type=\"array\"` attributes",
      "The list in XML",
      Rewrites.answers(LIST, reply -> Bodies.isXml(reply)
          ? reply.withBody(reply.text().replaceFirst("<numbers type=\"array\"", "<numbers")) : reply)),
  XML_CREATES_ARE_ANSWERED_IN_JSON(FACTS, "`.xml` (Content-Type `text/xml`; RFC 7303 makes `application/xml` the same media"
      + " type [...])",
      "Create, update and delete answer in XML when asked",
      Rewrites.forwards(request -> CREATE.test(request) && request.path().endsWith(".xml"), request -> Rewrites.as(request, "json"))),
  OTHER_FORMATS_ARE_SERVED_AS_JSON(FACTS, "Any other format is answered 406.",
      "Any other format is not served",
      Rewrites.forwards(request -> !request.path().matches(".*\\.(json|xml)"), request -> Rewrites.as(request, "json"))),
  A_CHANGE_IN_ANOTHER_FORMAT_IS_APPLIED(FACTS, "Any other format is answered 406.",
      "Showing, changing, deleting and creating in another format is not served",
      (request, upstream) -> {
        Reply reply = upstream.send(request);
        if (UPDATE.test(request) && reply.status() == 406) {
          upstream.send(Rewrites.as(request, "json"));
        }
        return reply;
      }),
  ERRORS_ARE_HTML(FACTS, "The error body shape beyond \"some JSON\".",
      "An error in JSON is answered in JSON",
      (request, upstream) -> {
        Reply reply = upstream.send(request);
        return reply.status() >= 400 && !Bodies.isXml(reply)
            ? reply.withHeader("Content-Type", "text/html").withBody("<html><body>Not found</body></html>") : reply;
      }),

  // ---- authentication and tenancy
  NO_AUTHENTICATION(FACTS, "401 API key missing or wrong",
      "A request without an API key is refused",
      Rewrites.forwards(request -> true, request -> request.withQuery(Rewrites.withParameter(request.query(), "api_key", Defect.API_KEY)))),
  A_WRONG_KEY_IS_ACCEPTED(FACTS, "401 API key missing or wrong",
      "A request with a wrong API key is refused",
      Rewrites.forwards(request -> Rewrites.parameter(request, "api_key") != null,
          request -> request.withQuery(Rewrites.withParameter(request.query(), "api_key", Defect.API_KEY)))),
  CREATES_NEED_NO_KEY(FACTS, "401 API key missing or wrong",
      "Creating without an API key is refused and creates nothing",
      Rewrites.forwards(CREATE, request -> request.withQuery(Rewrites.withParameter(request.query(), "api_key", Defect.API_KEY)))),
  THE_KEY_IN_THE_BODY_IS_IGNORED(FACTS, "The API key is passed as the query parameter `api_key`, or as a node `api_key`"
      + " in the root of a JSON body.",
      "The API key may be sent at the root of the body",
      (request, upstream) -> Rewrites.parameter(request, "api_key") == null ? Rewrites.refusal(401) : upstream.send(request)),
  ANOTHER_COMPANY_IS_SERVED(FACTS, "403 no company ID or a key that may not act on it",
      "A company the key may not act on is refused",
      Rewrites.forwards(request -> true, request -> request.withQuery(Rewrites.withParameter(request.query(), "company_id", "1")))),
  THE_COMPANY_IN_THE_BODY_IS_REFUSED(FACTS, "A reseller also passes `company_id` (query parameter or root node)",
      "The company may be named at the root of the body",
      (request, upstream) -> request.text().contains("\"company_id\"") ? Rewrites.refusal(403) : upstream.send(request)),
  THE_COMPANY_IN_THE_QUERY_IS_REFUSED(FACTS, "A reseller also passes `company_id` (query parameter or root node)",
      "The company may be named as a query parameter",
      (request, upstream) -> Rewrites.parameter(request, "company_id") != null ? Rewrites.refusal(403) : upstream.send(request)),

  // ---- errors
  A_MALFORMED_BODY_CREATES_A_NUMBER(FACTS, "400 bad request",
      "A malformed body is refused and creates nothing",
      Rewrites.forwards(request -> CREATE.test(request) && !wellFormedJson(request),
          request -> request.withBody("{\"number\": {\"cid\": \"0001\", \"afid\": \"0002\"}}"))),
  A_MALFORMED_UPDATE_FAILS_THE_SERVER(FACTS, "400 bad request",
      "A malformed update body is refused and changes nothing",
      (request, upstream) -> UPDATE.test(request) && !wellFormedJson(request) ? Rewrites.refusal(500) : upstream.send(request)),
  POST_TO_THE_SEARCH_IS_SERVED(FACTS, "405 method not allowed",
      "A method the API does not serve is refused",
      Rewrites.forwards(request -> Rewrites.is(request, "POST", "/numbers/for/.*"), request -> request.withMethod("GET"))),

  // ---- pagination
  PAGES_HOLD_MORE_THAN_25(FACTS, "Index pages answer at most 25 items",
      "More than 25 numbers span several pages",
      (request, upstream) -> {
        Reply reply = upstream.send(request);
        if (!LIST.test(request) || Bodies.isXml(reply) || reply.status() != 200) {
          return reply;
        }
        int page = Integer.parseInt(java.util.Objects.requireNonNullElse(Rewrites.parameter(request, "page"), "1"));
        Reply next = upstream.send(request.withQuery(Rewrites.withParameter(request.query(), "page", Integer.toString(page + 1))));
        ArrayNode both = (ArrayNode) Bodies.read(reply);
        both.addAll((ArrayNode) Bodies.read(next));
        return reply.withBody(Bodies.json(both));
      }),
  PAGES_COUNT_FROM_ZERO(FACTS, "`?page=N` selects a page (1-based).",
      "Page 1 is the first page",
      Rewrites.forwards(request -> Rewrites.parameter(request, "page") != null, request -> request.withQuery(Rewrites.withParameter(
          request.query(), "page", Integer.toString(Integer.parseInt(Rewrites.parameter(request, "page")) + 1))))),
  NO_LINK_HEADER(FACTS, "A `Link` header (RFC 8288 style) names the `first`, `prev`, `next` and `last` pages where they apply",
      "More than 25 numbers span several pages",
      Rewrites.linkHeader(link -> null)),
  NO_PREVIOUS_PAGE(FACTS, "A `Link` header (RFC 8288 style) names the `first`, `prev`, `next` and `last` pages where they apply",
      "More than 25 numbers span several pages",
      Rewrites.linkHeader(link -> link.replaceAll(",? *<[^>]*>; rel=\"prev\"", ""))),
  THE_LINKS_DROP_THE_API_KEY(FACTS, "keeping the request's other query parameters",
      "The links lead through every page once",
      Rewrites.linkHeader(link -> link.replaceAll("api_key=[^&>]*&?", ""))),
  EVERY_PAGE_IS_THE_FIRST(FACTS, "`?page=N` selects a page (1-based).",
      "More than 25 numbers span several pages",
      Rewrites.forwards(request -> Rewrites.parameter(request, "page") != null,
          request -> request.withQuery(Rewrites.withParameter(request.query(), "page", "1"))));

  /** The key the simulator behind every broken implementation is started with. */
  public static final String API_KEY = "broken-check-key";

  private final Source source;
  private final String rule;
  private final String caughtBy;
  private final Rewrite rewrite;

  Defect(Source source, String rule, String caughtBy, Rewrite rewrite) {
    this.source = source;
    this.rule = rule;
    this.caughtBy = caughtBy;
    this.rewrite = rewrite;
  }

  @Override
  public Source source() {
    return source;
  }

  @Override
  public String rule() {
    return rule;
  }

  @Override
  public String caughtBy() {
    return caughtBy;
  }

  @Override
  public Rewrite rewrite() {
    return rewrite;
  }

  /** A search answered from the whole list, matching only some of its three criteria. */
  private static Rewrite searchMatching(Set<String> criteria) {
    return (request, upstream) -> {
      if (!SEARCH.test(request) || !request.path().endsWith(".json")) {
        return upstream.send(request);
      }
      String[] segments = request.path().replaceFirst("\\.json$", "").split("/");
      Map<String, String> wanted = Map.of("cid", segments[4], "afid", segments[6], "sid", segments[8]);
      ArrayNode found = Bodies.JSON.createArrayNode();
      for (JsonNode item : Rewrites.everyNumber(request, upstream)) {
        if (criteria.stream().allMatch(c -> wanted.get(c).equals(item.path("number").path(c).asText()))) {
          found.add(item);
        }
      }
      return new Reply(200, Map.of("Content-Type", "application/json"), Bodies.json(found).getBytes());
    };
  }

  /**
   * Acknowledges an update to a type outside the documented two and from then on answers the
   * number as no longer toll-free.
   */
  private static Rewrite appliesAnUnknownType() {
    Set<String> changed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    return (request, upstream) -> {
      Forward forwarded = Bodies.changeRequest(request, "PUT", number -> {
        if (number.has("type") && !Set.of(ApiFacts.TOLL_FREE, ApiFacts.LOCAL).contains(number.path("type").asText())) {
          number.remove("type");
          changed.add(request.path().replaceAll("[^0-9]", ""));
        }
      });
      return Bodies.eachNumber(upstream.send(forwarded), number -> {
        if (changed.contains(number.path("id").asText())) {
          number.put("toll_free", false);
        }
      });
    };
  }

  private static boolean isMultipart(Forward request) {
    return request.contentType() != null && request.contentType().startsWith("multipart/");
  }

  private static boolean wellFormedJson(Forward request) {
    try {
      Bodies.JSON.readTree(request.body());
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
