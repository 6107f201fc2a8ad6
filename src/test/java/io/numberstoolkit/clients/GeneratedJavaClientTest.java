package io.numberstoolkit.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.generated.ApiClient;
import io.numberstoolkit.generated.ApiException;
import io.numberstoolkit.generated.api.NumbersApi;
import io.numberstoolkit.generated.model.CreateRequest;
import io.numberstoolkit.generated.model.NumberAttributes;
import io.numberstoolkit.generated.model.NumberEnvelope;
import io.numberstoolkit.generated.model.Timer;
import io.numberstoolkit.generated.model.UpdateRequest;
import io.numberstoolkit.generated.model.VoiceGender;
import io.numberstoolkit.simulator.SimulatorOptions;
import io.numberstoolkit.simulator.junit.SimulatorExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Java client that OpenAPI Generator made from contracts/openapi.bundled.yaml during this build
 * (java, library native, the README's settings: see pom.xml) runs the six-step flow against the
 * simulator over HTTP: list, show, create, search, update, delete.
 */
class GeneratedJavaClientTest {

  @RegisterExtension
  static final SimulatorExtension simulator = new SimulatorExtension(SimulatorOptions.defaults());

  private NumbersApi numbers() {
    ApiClient client = new ApiClient();
    client.updateBaseUri(simulator.baseUrl());
    return new NumbersApi(client);
  }

  @Test
  void listsShowsCreatesSearchesUpdatesAndDeletesANumber() throws ApiException {
    NumbersApi api = numbers();

    // list: the docs' two numbers, each greeting and timer shape read into one type
    List<NumberEnvelope> listed = api.listNumbers(null, null, null);
    assertEquals(List.of(5, 79), listed.stream().map(n -> n.getNumber().getId()).toList());
    var five = listed.get(0).getNumber();
    assertEquals("Hi There! Press one to continue.", five.getGreeting().getMessage());
    assertEquals(VoiceGender.FEMALE, five.getGreeting().getVoiceGender());
    assertEquals(113, timerId(five.getTimers().get(0)));

    // show: the audio greeting; the simulator wraps timers ({"timer": {...}}, its convention)
    var seventyNine = api.showNumber(79, null, null).getNumber();
    assertEquals("greeting.flac", seventyNine.getGreeting().getAudioFileName());
    assertNull(seventyNine.getGreeting().getMessage());
    Timer wrapped = seventyNine.getTimers().get(0);
    assertNull(wrapped.getId());
    assertEquals(201, wrapped.getTimer().getId());

    // create: a generated model sends no empty timers_attributes or menu_options_attributes, which
    // would override the campaign's with nothing
    var created = api.createNumber(new CreateRequest().number(new NumberAttributes()
        .type(NumberAttributes.TypeEnum.TOLL_FREE).desiredText("DEBUG")
        .afid("0002").cid("0001").sid("generated-java")), null, null).getNumber();
    assertTrue(created.getId() > 79, "a new id: " + created.getId());
    assertTrue(created.getUsesCampaignSettings(), "the new number keeps its campaign's settings");
    assertFalse(created.getTimers().isEmpty(), "the campaign's timers");

    // search: by campaign, affiliate and sub id
    List<NumberEnvelope> found = api.searchNumbers("0001", "0002", "generated-java", null, null, null);
    assertEquals(List.of(created.getId()), found.stream().map(n -> n.getNumber().getId()).toList());

    // update: only the attributes passed change
    var updated = api.updateNumber(created.getId(), new UpdateRequest().number(new NumberAttributes()
        .afid("0005").message("Hello! Press one.").voiceGender(VoiceGender.FEMALE)), null, null).getNumber();
    assertEquals("0005", updated.getAfid());
    assertEquals("Hello! Press one.", updated.getGreeting().getMessage());
    assertEquals(created.getTimers(), updated.getTimers(), "timers untouched by an update that names none");

    // delete: gone afterwards
    api.deleteNumber(created.getId(), null, null);
    ApiException gone = assertThrows(ApiException.class, () -> api.showNumber(created.getId(), null, null));
    assertEquals(404, gone.getCode());
    assertNotNull(gone.getResponseBody());
  }

  /** A timer's id in either documented shape: bare, or wrapped in its member timer. */
  private static Integer timerId(Timer timer) {
    return timer.getTimer() != null ? timer.getTimer().getId() : timer.getId();
  }
}
