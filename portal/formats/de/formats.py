# "9. September 2015"; the Swiss partners (Glarus, Solothurn) group thousands with
# an apostrophe, but the German interface serves Germany and Austria as well.
DATE_FORMAT = "j. F Y"
SHORT_DATE_FORMAT = "d.m.Y"
YEAR_MONTH_FORMAT = "F Y"
DATETIME_FORMAT = "j. F Y, H:i"
THOUSAND_SEPARATOR = "."
DECIMAL_SEPARATOR = ","
NUMBER_GROUPING = 3
