"""What to do next for an opportunity: the one list every screen leads with.

``service.next_steps`` decides the steps (typed :class:`~roundtwo.steps.service.Step` objects:
what to do, about which round, task or session); each face says where to do it — the web app
links a page (``web/dashboard.py``), the terminal prints the command (``commands.command``).
This package sits above the feature packages it reads (debrief, ledger, mock, tasks) and
nothing but the two faces imports it.
"""
