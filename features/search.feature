@search
Feature: Search for numbers
  GET /numbers/for/cid/CID/afid/AFID/sid/SID.json answers the numbers of one campaign, affiliate
  and sub id.

  @documented @mutating
  Scenario: The search finds the numbers of a campaign, an affiliate and a sub id
    Given a number for the first campaign
    And another number for the first campaign
    When I search for the first campaign, our affiliate and the number's sub id
    Then the answer is 200 OK
    And the answer lists the number and no other

  @documented @mutating
  Scenario: Every number found matches all three criteria
    Given a number for the first campaign
    When I search for the second campaign, our affiliate and the number's sub id
    Then the answer is an empty list

  @documented @readonly
  Scenario: A search that matches nothing answers an empty list
    When I search for the first campaign, our affiliate and a sub id nobody uses
    Then the answer is 200 OK
    And the answer is an empty list

  @convention @readonly
  Scenario: The simulator serves the search only with all three segments
    When I search for the first campaign without affiliate and sub id
    Then the answer is 404 Not Found
