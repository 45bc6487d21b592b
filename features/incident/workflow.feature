@must
Feature: Incident workflow
  An incident moves through its states only along the allowed transitions.

  Background:
    Given it is Monday 10 March 2025 at 09:30
    And Priya, a caller in Finance at the London office
    And Sam, an agent in the "Messaging Support" group
    And Priya has reported "Outlook email will not start" with impact Low and urgency Low

  @REQ-WFL-001
  Scenario: An agent works an incident from New to Resolved
    When Sam takes the incident
    And Sam starts work on the incident
    And Sam resolves the incident with code "Fixed" and notes "Repaired the Office install"
    Then its state is "Resolved"

  @REQ-WFL-002 @api-only
  Scenario: A closed incident cannot be reopened by an agent
    # api-only: refdesk's pages do not offer forbidden transitions at all, so only the API can
    # attempt one; the UI side of this rule is that the choice is absent.
    When Sam takes the incident
    And Sam resolves the incident with code "Fixed" and notes "Repaired the Office install"
    And Priya confirms the resolution
    And Sam tries to move the incident to "In Progress"
    Then the desk refuses
    And its state is "Closed"
