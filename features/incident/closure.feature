@must @needs-survey
Feature: Closure and feedback
  The technician resolves with a code and notes. The caller is told, and either confirms,
  which closes the incident, or rejects, which reopens it and restarts its SLA. The caller is
  asked how it went, and silence closes the incident after the agreed window.

  Background:
    Given it is Wednesday 12 March 2025 at 09:00
    And Priya, a caller in Finance at the London office
    And Sam, an agent in the "Messaging Support" group
    And Priya has reported "Outlook email keeps asking for my password" with impact Medium and urgency Medium
    And Sam takes the incident

  @REQ-CLS-001
  Scenario: The caller confirms the resolution and the incident closes
    When Sam resolves the incident with code "Fixed" and notes "Cleared the cached credentials"
    Then Priya is sent a "resolved" e-mail about the incident
    When Priya confirms the resolution
    Then its state is "Closed"

  @REQ-CLS-002
  Scenario: The caller rejects the resolution and the incident reopens
    When Sam resolves the incident with code "Fixed" and notes "Cleared the cached credentials"
    And Priya rejects the resolution because "It still asks after a restart"
    Then its state is "In Progress"
    And the resolution SLA is at "running"

  @REQ-CLS-003
  Scenario: The caller answers the satisfaction survey
    When Sam resolves the incident with code "Fixed" and notes "Cleared the cached credentials"
    And Priya rates the service 4 out of 5 saying "Quick and friendly"
    Then the satisfaction report shows an average of 4.0 from 1 answer

  @REQ-CLS-004
  Scenario: No answer within the window closes the incident by itself
    When Sam resolves the incident with code "Fixed" and notes "Cleared the cached credentials"
    And 5 business days pass
    Then its state is "Closed"

  @REQ-CLS-005
  Scenario: A resolution can point the caller to a knowledge article
    When Sam resolves the incident with code "Fixed" and notes "See the article" linking the article about "password"
    Then Priya can see the linked knowledge article
