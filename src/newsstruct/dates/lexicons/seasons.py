"""Season names and their TIMEX3 codes (``2024-FA``, ``2023-SU``).

TimeML writes a season as the year and a two-letter code; ``fall`` and
``autumn`` are the same season.  Codes from the TIMEX3 guidelines (TimeML 1.2.1).
"""

SEASONS = {
    "autumn": "FA", "fall": "FA", "spring": "SP", "summer": "SU", "winter": "WI",
}  # fmt: skip
