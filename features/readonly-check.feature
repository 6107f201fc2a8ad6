@own-numbers
Feature: A read-only check of the target's own numbers
  Safe against production: only GET requests. A few numbers are taken from the first page of the
  target's own list (at most five), and every view of each is held against the others: show
  answers it as the list does, the search by its campaign, affiliate and sub id finds it once and
  as listed, and its XML carries every field of its JSON under the documented names and types.
  Every answer is also checked against its schema, as everywhere in the suite. A target that
  lists no numbers skips these scenarios.

  @documented @readonly
  Scenario: The target's own numbers are shown as they are listed
    Given numbers from the first page of the target's list
    Then showing each answers it as it is listed

  @documented @readonly
  Scenario: The target's own numbers are found by their campaign, affiliate and sub id
    Given numbers from the first page of the target's list
    Then the search by each one's campaign, affiliate and sub id finds it as it is listed

  @documented @readonly
  Scenario: The target's own numbers read the same in XML
    Given numbers from the first page of the target's list
    Then each one's XML carries every field of its JSON, under its dashed name and its type
