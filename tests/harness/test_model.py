"""The ITSM nouns and the personas made from a seed."""

from __future__ import annotations

import pytest

from greenflag.model import Incident, level
from greenflag.personas import PersonaFactory


@pytest.mark.parametrize(("word", "value"), [
    ("High", 1), ("medium", 2), ("Low", 3), ("2 - Medium", 2), ("1", 1),
])
def test_levels_from_words(word, value):
    assert level(word) == value


def test_an_unknown_level_says_which_words_work():
    with pytest.raises(ValueError, match="High, Medium or Low"):
        level("Severe")


def test_an_incident_reads_as_a_tester_writes_it():
    incident = Incident("INC0001000", "Outlook fails", "Software", "Email", "P2", "High", "New")
    assert (incident.service, incident.priority_text) == ("Software / Email", "P2 - High")


def test_the_same_seed_and_scenario_make_the_same_persona():
    first = PersonaFactory(7, "scenario[api]").make("Priya", "caller", "Finance", "London")
    again = PersonaFactory(7, "scenario[api]").make("Priya", "caller", "Finance", "London")
    assert first == again
    assert first.password == again.password
    assert first.username.startswith("priya.")


def test_another_seed_makes_another_persona():
    one = PersonaFactory(7, "s").make("Priya", "caller")
    other = PersonaFactory(8, "s").make("Priya", "caller")
    assert one.username != other.username or one.password != other.password


def test_a_persona_never_shows_its_password():
    persona = PersonaFactory(7, "s").make("Priya", "caller")
    assert persona.password not in repr(persona)
