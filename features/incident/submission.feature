@must @REQ-INC-001
Feature: Incident submission through the self-service portal
  Callers report what is wrong through the portal. The desk records the details,
  categorises the incident by service, sets its priority from impact and urgency,
  and acknowledges it by e-mail so the caller knows it was received.

  Background:
    Given it is Monday 10 March 2025 at 09:30
    And Priya, a caller in Finance at the London office

  @REQ-INC-002 @REQ-INC-004
  Scenario: A caller whose e-mail client fails reports it through the portal
    When Priya reports an incident:
      | summary     | Outlook email client closes as soon as it opens       |
      | description | Since this morning Outlook crashes on start on my PC. |
      | impact      | Medium                                                |
      | urgency     | High                                                  |
    Then the incident is categorised as "Software / Email"
    And it is assigned to the "Messaging Support" group
    And its priority is "P2 - High"
    And its state is "New"
    And Priya receives an acknowledgement e-mail naming the incident number

  @REQ-INC-003
  Scenario Outline: The priority follows the impact and urgency matrix
    When Priya reports "<summary>" with impact <impact> and urgency <urgency>
    Then its priority is "<priority>"

    Examples:
      | summary                          | impact | urgency | priority      |
      | Whole office cannot send email   | High   | High    | P1 - Critical |
      | Laptop screen flickers           | Medium | Medium  | P3 - Moderate |
      | Request a larger mailbox quota   | Low    | Low     | P5 - Planning |
      | VPN drops for the sales team     | High   | Low     | P3 - Moderate |
