@must
Feature: Roles and permissions
  Callers see their own incidents and nobody else's; only agents resolve; only a major
  incident manager declares a major incident.

  Background:
    Given it is Monday 10 March 2025 at 09:30
    And Priya, a caller in Finance at the London office
    And Omar, a caller in Sales at the Leeds office
    And Priya has reported "Outlook email will not start" with impact Low and urgency Low

  @REQ-ACC-001
  Scenario: A caller cannot read another caller's incident
    When Omar tries to open Priya's incident
    Then the desk refuses

  @REQ-ACC-002
  Scenario: A caller cannot resolve an incident
    When Priya tries to resolve the incident with code "Fixed" and notes "It works now"
    Then the desk refuses
