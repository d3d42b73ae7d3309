"""The period a document speaks for, and its cut-off: every output of a period stops at its cut-off date
(reports, visits, actions and alerts after it belong to a later document)."""
import datetime
import re
from dataclasses import dataclass

from ..errors import InputError
from ..i18n import tr

PATTERN = re.compile(r"^(\d{4})(?:-S([12]))?$")


@dataclass(frozen=True)
class Period:
    code: str  # "2025" (a year) or "2025-S1", "2025-S2" (a semester)

    @classmethod
    def of(cls, value):
        """A Period from '2025', '2025-S2' or a Period; anything else is refused with a message."""
        if isinstance(value, Period):
            return value
        text = str(value or "").strip()
        if not PATTERN.match(text):
            raise InputError(tr("The period '{period}' must look like 2024 or 2024-S1.").format(period=text))
        return cls(text)

    @property
    def year(self):
        return int(self.code[:4])

    @property
    def semester(self):
        """1, 2, or None for a whole year."""
        match = PATTERN.match(self.code)
        return int(match.group(2)) if match.group(2) else None

    @property
    def start(self):
        return datetime.date(self.year, 7, 1) if self.semester == 2 else datetime.date(self.year, 1, 1)

    @property
    def cutoff(self):
        """The last day the period's documents speak for: 30 June for S1, else 31 December."""
        return datetime.date(self.year, 6, 30) if self.semester == 1 else datetime.date(self.year, 12, 31)

    def includes(self, day):
        """Whether `day` (a date, or ISO text) is on or before the cut-off."""
        return str(day)[:10] <= self.cutoff.isoformat()

    def covers(self, other):
        """Whether a period `other` ("2024", "2025-S1") belongs in this period's documents: it ended by the
        cut-off, or it is one of the measurement periods that speak for this one (a year's measurement for
        its semesters). A series drawn for 2025-S2 never shows 2026-S1."""
        other = Period.of(other)
        return other.cutoff <= self.cutoff or other.code in self.measured_in

    @property
    def measured_in(self):
        """The measurement periods that speak for this one, first found wins: its own, then its year's."""
        return (self.code,) if self.semester is None else (self.code, self.code[:4])

    def __str__(self):
        return self.code


def latest_measured(periods):
    """Of {period code: indicators measured in it}, the period a reader opens on: the one ending last (a
    semester, a year); of a year and its second semester, which end together, the one with more indicators.
    Codes that are not periods (2024, 2024-S1) are left out; None when none is left."""
    measured = {code: codes for code, codes in periods.items() if PATTERN.match(str(code))}
    if not measured:
        return None
    return max(measured, key=lambda code: (Period(code).cutoff, len(measured[code])))
