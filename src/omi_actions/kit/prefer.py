"""RFC 7240 ``Prefer`` header: ``return=representation`` and ``wait=N``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Preferences:
    representation: bool = False
    wait_seconds: float | None = None

    def applied(self) -> str | None:
        parts = []
        if self.representation:
            parts.append("return=representation")
        if self.wait_seconds is not None:
            parts.append(f"wait={self.wait_seconds:g}")
        return ", ".join(parts) or None


def parse_prefer(values: list[str], max_wait_seconds: float) -> Preferences:
    """Unknown or malformed preferences are ignored, as RFC 7240 asks."""
    representation = False
    wait: float | None = None
    for value in values:
        for token in value.split(","):
            name, _, argument = token.strip().partition("=")
            name = name.strip().lower()
            argument = argument.split(";", 1)[0].strip().strip('"')
            if name == "return" and argument.lower() == "representation":
                representation = True
            elif name == "wait":
                try:
                    seconds = float(argument)
                except ValueError:
                    continue
                if seconds >= 0 and seconds == seconds:  # not NaN
                    wait = min(seconds, max_wait_seconds)
    return Preferences(representation=representation, wait_seconds=wait)
