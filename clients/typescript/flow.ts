// The six-step flow with a client typed by the contract (openapi-typescript + openapi-fetch): list,
// show, create, search, update, delete against NUMBERS_BASE_URL. Strict tsc checks the types first:
// the annotations below fail to compile if a field's type is lost (a phone number as unknown, a
// $defs member, afid or cid optional on create).
import assert from "node:assert/strict";
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/numbers.js";

type Number = components["schemas"]["Number"];
type Timer = components["schemas"]["Timer"];
type CreateRequest = components["schemas"]["CreateRequest"];

const baseUrl = process.env.NUMBERS_BASE_URL;
assert.ok(baseUrl, "NUMBERS_BASE_URL names the simulator");
const client = createClient<paths>({ baseUrl });

/** A timer's id in either documented shape: bare, or wrapped in its member timer. */
function timerId(timer: Timer): number | undefined {
  return timer.timer ? timer.timer.id : timer.id;
}

// @ts-expect-error afid and cid are required on create
const withoutCampaign: CreateRequest = { number: { afid: "0002" } };
void withoutCampaign;

// list
const listed = await client.GET("/numbers.json");
assert.equal(listed.response.status, 200);
const numbers: Number[] = (listed.data ?? []).map((envelope) => envelope.number);
assert.deepEqual(numbers.map((n) => n.id), [5, 79]);
const phone: string = numbers[0]!.number;
assert.equal(phone, "+16479311232");
assert.equal(numbers[0]!.greeting.message, "Hi There! Press one to continue.");
assert.equal(timerId(numbers[0]!.timers[0]!), 113);

// show
const shown = await client.GET("/numbers/{id}.json", { params: { path: { id: 79 } } });
assert.equal(shown.response.status, 200);
assert.equal(shown.data?.number.greeting.audio_file_name, "greeting.flac");

// create
const created = await client.POST("/numbers.json", {
  body: { number: { type: "Toll-free", desired_text: "DEBUG", afid: "0002", cid: "0001", sid: "generated-ts" } },
});
assert.ok(created.response.status === 200 || created.response.status === 201, `create: ${created.response.status}`);
const id: number = created.data!.number.id;
const cid: string = created.data!.number.cid;
assert.equal(cid, "0001");
assert.equal(created.data!.number.uses_campaign_settings, true);

// search
const found = await client.GET("/numbers/for/cid/{cid}/afid/{afid}/sid/{sid}.json", {
  params: { path: { cid: "0001", afid: "0002", sid: "generated-ts" } },
});
assert.deepEqual(found.data?.map((envelope) => envelope.number.id), [id]);

// update
const updated = await client.PUT("/numbers/{id}.json", {
  params: { path: { id } },
  body: { number: { afid: "0005", message: "Hello! Press one.", voice_gender: "Female" } },
});
assert.equal(updated.response.status, 200);
assert.equal(updated.data?.number.afid, "0005");
assert.equal(updated.data?.number.greeting.message, "Hello! Press one.");

// delete
const deleted = await client.DELETE("/numbers/{id}.json", { params: { path: { id } } });
assert.ok(deleted.response.status === 200 || deleted.response.status === 204, `delete: ${deleted.response.status}`);
const gone = await client.GET("/numbers/{id}.json", { params: { path: { id } } });
assert.equal(gone.response.status, 404);
assert.equal(gone.error?.error.status, 404);

console.log("typescript flow: 6 passed, 0 failed");
