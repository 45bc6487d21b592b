@must
Feature: Notifications
  Each event sends its template to its recipients, and to no one else.

  @REQ-NTF-001
  Scenario: Assignment tells the assignee and no one else
    Given it is Monday 10 March 2025 at 09:30
    And Priya, a caller in Finance at the London office
    And Omar, a caller in Sales at the Leeds office
    And Sam, an agent in the "Messaging Support" group
    And Priya has reported "Outlook email will not start" with impact Low and urgency Low
    When Sam takes the incident
    Then Sam is sent an "assigned" e-mail about the incident
    And Omar is sent no e-mail
