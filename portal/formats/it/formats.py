# "9 settembre 2015": no leading zero; month names are lower case (catalogue).
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "d/m/Y"
YEAR_MONTH_FORMAT = "F Y"
DATETIME_FORMAT = "j F Y, H:i"
THOUSAND_SEPARATOR = "."
DECIMAL_SEPARATOR = ","
NUMBER_GROUPING = 3
