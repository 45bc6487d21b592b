@should @needs-knowledge
Feature: Knowledge base
  Callers find answers before they wait for an agent.

  @REQ-KB-001
  Scenario: Searching the knowledge base finds the article for a common fault
    Given Priya, a caller in Finance at the London office
    When Priya searches the knowledge base for "vpn"
    Then an article about "VPN" is found
