# "20 maj 2010"; thousands grouped with a no-break space.
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "Y-m-d"
YEAR_MONTH_FORMAT = "F Y"
DATETIME_FORMAT = "j F Y H:i"
THOUSAND_SEPARATOR = "\xa0"
DECIMAL_SEPARATOR = ","
NUMBER_GROUPING = 3
