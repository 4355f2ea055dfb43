"""Short stop-word lists (function words) for the five languages of the portal."""

STOP_WORDS = {
    "en": frozenset(
        "a an and are as at be but by for from has have in into is it its of on or that the "
        "their there these they this to was were which with will not no".split()
    ),
    "it": frozenset(
        "a ad al alla alle allo ai agli anche che chi con da dal dalla dalle dai degli dei del "
        "della delle dello di e ed gli i il in la le lo ma negli nei nel nella nelle non o per "
        "più se si sono su sul sulla tra fra un una uno è".split()
    ),
    "de": frozenset(
        "aber als am an auch auf aus bei bis das dass dem den der des die durch ein eine einem "
        "einen einer eines es für im in ist mit nach nicht noch oder sich sie sind so über um "
        "und von vor wie wird zu zum zur".split()
    ),
    "da": frozenset(
        "af alle at de dem den der det du efter eller en er et for fra har hun i ikke jeg kan "
        "med men mod nu når og om også på sig som til ud under var vi ved".split()
    ),
    "sv": frozenset(
        "alla att av de den der det eller en ett för från har hon i inte jag kan med men mot "
        "när och om också på sig som till under var vi vid är".split()
    ),
}
