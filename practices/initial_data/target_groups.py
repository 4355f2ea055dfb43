"""The controlled vocabulary of target groups, in the five portal languages."""

TARGET_GROUPS = [
    {
        "slug": "persons-with-disabilities",
        "name": {
            "en": "Persons with disabilities",
            "it": "Persone con disabilità",
            "de": "Menschen mit Behinderung",
            "da": "Personer med handicap",
            "sv": "Personer med funktionsnedsättning",
        },
        "description": {
            "en": "People whose disability makes entering or keeping a job harder without support."
        },
    },
    {
        "slug": "refugees-provisionally-admitted",
        "name": {
            "en": "Refugees and provisionally admitted persons",
            "it": "Rifugiati e persone ammesse provvisoriamente",
            "de": "Geflüchtete und vorläufig aufgenommene Personen",
            "da": "Flygtninge og midlertidigt optagne personer",
            "sv": "Flyktingar och tillfälligt skyddade personer",
        },
        "description": {
            "en": "People from the asylum and refugee field, including those with temporary admission."
        },
    },
    {
        "slug": "social-assistance-recipients",
        "name": {
            "en": "Social-assistance recipients",
            "it": "Beneficiari di assistenza sociale",
            "de": "Sozialhilfebeziehende",
            "da": "Modtagere af offentlig forsørgelse",
            "sv": "Personer med försörjningsstöd",
        },
        "description": {
            "en": "People who depend on means-tested social assistance, often for a long time."
        },
    },
    {
        "slug": "ethnic-minority-unemployed",
        "name": {
            "en": "Unemployed people of other ethnic origin",
            "it": "Disoccupati di origine straniera",
            "de": "Erwerbslose mit Migrationshintergrund",
            "da": "Ledige af anden etnisk oprindelse",
            "sv": "Arbetslösa med utländsk bakgrund",
        },
        "description": {
            "en": "Cash-benefit recipients with a migrant background who are far from the labour market."
        },
    },
    {
        "slug": "migrant-women",
        "name": {
            "en": "Migrant women outside the labour market",
            "it": "Donne migranti fuori dal mercato del lavoro",
            "de": "Migrantinnen ohne Zugang zum Arbeitsmarkt",
            "da": "Indvandrerkvinder uden for arbejdsmarkedet",
            "sv": "Utrikes födda kvinnor utanför arbetsmarknaden",
        },
        "description": {
            "en": "Women, often refugees, who never got a foothold in work after arriving."
        },
    },
    {
        "slug": "mental-ill-health",
        "name": {
            "en": "Persons with mental ill-health",
            "it": "Persone con disagio psichico",
            "de": "Menschen mit psychischen Belastungen",
            "da": "Personer med psykiske vanskeligheder",
            "sv": "Personer med psykisk ohälsa",
        },
        "description": {"en": "People whose mental health is a barrier to work."},
    },
]
