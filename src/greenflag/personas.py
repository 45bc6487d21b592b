"""Personas: the people of a scenario, made with Faker from a seed."""

from __future__ import annotations

import unicodedata
import zlib

from faker import Faker

from greenflag.model import Persona

__all__ = ["PersonaFactory"]


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


class PersonaFactory:
    """Makes the same personas for the same seed and scenario, whatever runs before."""

    def __init__(self, seed: int, scenario_id: str) -> None:
        self.seed, self.scenario_id = seed, scenario_id

    def make(self, first_name: str, role: str, department: str = "", location: str = "") -> Persona:
        """A persona with the given first name and role; the rest is generated."""
        faker = Faker("en_GB")
        faker.seed_instance(zlib.crc32(f"{self.seed}:{self.scenario_id}:{first_name}".encode()))
        last_name = faker.last_name()
        username = f"{_ascii(first_name)}.{_ascii(last_name)}".replace(" ", "")
        return Persona(
            first_name=first_name,
            last_name=last_name,
            username=username,
            email=f"{username}@{faker.domain_name()}",
            role=role,
            department=department,
            location=location,
            password=faker.password(length=16),
        )
