# British style, as the network writes English: "9 September 2015", not "Sept. 9, 2015".
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "j M Y"
YEAR_MONTH_FORMAT = "F Y"
DATETIME_FORMAT = "j F Y H:i"
THOUSAND_SEPARATOR = ","
DECIMAL_SEPARATOR = "."
NUMBER_GROUPING = 3
