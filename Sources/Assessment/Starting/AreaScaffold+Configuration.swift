extension AreaScaffold {
    /// The new area's `assessment.yml`: the force code is the one value to fill in; the
    /// record-level inputs are commented out until their extracts arrive.
    static let configuration = #"""
# A serious violence strategic needs assessment, configured for `sna generate`.
# Every path is relative to this file. README.md says where each file comes from.
# Run:  sna check --config assessment.yml      (what became of every row)
#       sna generate --config assessment.yml --output Output

title: Serious Violence Strategic Needs Assessment
area_name: Our area                        # the name the report uses for the whole area

# The police force area's ONS code, as in geography/area-lookup.csv (column PFA..CD),
# for example E23000035 for Devon & Cornwall. The one value you must fill in.
force_code: ""

data:
  # Public data (see README.md):
  police_street: police-uk                 # police.uk street files: YYYY-MM/YYYY-MM-<force>-street.csv
  population: population                   # ONS mid-year estimates, MYE2 persons/males/females as CSV
  lsoa_lookup: geography/lsoa-lookup.csv   # LSOA to district, with the IMD rank
  area_lookup: geography/area-lookup.csv   # district to community safety partnership to force
  comparators: comparators                 # ONS police force area tables (optional: remove if absent)
  # lsoa_centroids: geography/lsoa-centroids.csv  # optional: lsoa_code,longitude,latitude for the serious violence map
  # Record-level extracts (optional): remove the # once the file is in place.
  # police_records: police/records.csv            # the force's crime extract, one row per crime
  # emergency_department: health/ae-assaults.csv  # A&E assaults, ISTV (ISB 1594) minimum data set
  # major_trauma: trauma/major-trauma.csv         # the trauma network's registry extract

serious_violence:
  # The local definition, in Home Office offence codes; every code is checked against
  # sna's table. The Home Office's "most serious violence" is ["1/1", "1/2", "2"];
  # add others (for example "5D", or robbery "34B") for a wider local definition.
  offence_codes: ["1/1", "1/2", "2", "5D"]

# Optional groupings of districts, reported beside the districts and the force:
# areas:
#   - name: North
#     districts: [E07000040, E07000041]

disclosure:
  minimum_count: 8                         # counts 1..7 from confidential data are suppressed; 0 = off

# Optional: the partnership's own templates (`sna templates --export templates` writes
# sna's built-in ones out to edit). Without this key sna uses its built-in templates.
# templates: templates

# Optional: the programme director's commentary, one file a quarter
# (commentary/2021-Q1.md with ## Summary, ## Recommendations, ## Notes: <section>),
# and the partnership's recommendations with their history (see docs/adapting.md).
# commentary: commentary
# recommendations: recommendations.yml
#
# Optional: your extracts' own values of coded fields, mapped to sna's codes, per input
# and field. sna already accepts its codes and the source standards' labels (ISB 1594:
# "Body part", "Licensed premises"; NHS gender codes 1, 2, 9; Yes/No). `sna check` lists
# any value nothing maps, which is read as unknown.
# code_lists:
#   emergency_department:
#     ASSAULT_METHOD: {"Fist": body_part, "Bottle": blunt_object}
#     ASSAULT_LOCATION_TYPE: {"Nightclub": licensed_premises}

"""#
}
