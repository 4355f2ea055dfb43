"""Date and number formats for people, per language (``FORMAT_MODULE_PATH``).

Only what differs from Django's own locale formats is set here: day numbers
without a leading zero in Italian long dates, a British long date in English,
and short dates as each language writes them. Month names come from the
interface catalogues (Italian writes them in lower case: ``portal/localization.py``).
Machine output (SVG, JSON, CSV, iCal, data attributes) never goes through these.
"""
