"""Typed models of a programme: what it offers, who can get it, who gives it, and the way through it
step by step. Texts are Dutch, the source language of every catalog."""

from __future__ import annotations

from typing import Literal

from pydantic import model_validator

from returnguide.content.fields import HttpsUrl, Id, Model, Text


class Statement(Model):
    text: Text
    source: Id
    quote: Text
    list: Id | None = None


class Provider(Model):
    organisation: Id | None = None
    role: Text | None = None
    source: Id
    quote: Text

    @model_validator(mode="after")
    def names_someone(self) -> Provider:
        if self.organisation is None and self.role is None:
            raise ValueError("a provider needs an 'organisation' id, a 'role' text, or both")
        return self


# The order of the way back: who you talk to first, what is arranged before you leave, the
# journey, and what comes after arrival. A journey sorts steps by phase, then by programme.
PHASES = ("first", "before", "travel", "after")


class Step(Model):
    """One step on the way back, as the source describes it, and who does it. Where the source
    does not say something a reader needs (how long, where), `unknown` says so and `ask` names
    whom to ask; a step never guesses."""

    phase: Literal["first", "before", "travel", "after"]
    text: Text
    by: list[Id] = []  # organisations (ids) that do it
    by_others: Text | None = None  # who else does it, without an organisation file
    unknown: Text | None = None
    ask: list[Id] = []
    source: Id
    quote: Text

    @model_validator(mode="after")
    def names_who(self) -> Step:
        if not self.by and self.by_others is None:
            raise ValueError("a step needs 'by' (organisation ids), 'by_others' (a text), or both")
        if (self.unknown is None) != (not self.ask):
            raise ValueError("'unknown' (what the source does not say) and 'ask' go together")
        return self


class Link(Model):
    title: Text
    url: HttpsUrl


class Programme(Model):
    id: Id
    order: int
    situation: Literal["voluntary", "forced"]  # leaving by one's own choice, or removed by force
    priority_groups_only: bool = False
    adds_to: Id | None = None  # the programme it comes on top of: its steps come first
    title: Text
    name_in_source: Text | None = None
    summary: Statement
    offers: list[Statement]
    who: list[Statement]
    providers: list[Provider]
    notes: list[Statement] = []
    steps: list[Step] = []
    more_info: list[Link] = []

    @property
    def other_conditions(self) -> list[Statement]:
        """Who it is for, besides the country (the statements that rest on no list): what a
        "yes" or an "ask" for a country still depends on."""
        return [statement for statement in self.who if statement.list is None]
