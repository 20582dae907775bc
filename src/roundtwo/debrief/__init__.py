"""The round-one debrief: every question, the core of every answer, the weak moments."""
