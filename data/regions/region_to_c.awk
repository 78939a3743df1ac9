# Turn data/regions/region.csv into the C table src/core/region_data.c.
#   awk -F, -f data/regions/region_to_c.awk data/regions/region.csv > src/core/region_data.c
# Names hold no commas or quotes (gen_regions.js checks), so -F, is enough.
BEGIN {
	print "/*"
	print " * region_data.c"
	print " *	  Generated from data/regions/region.csv by data/regions/region_to_c.awk."
	print " *	  Do not edit: regenerate with \"make src/core/region_data.c\"."
	print " *"
	print " * The data is derived from idn-area-data 3.1.2 and is available under the"
	print " * Open Database License 1.0; see data/regions/NOTICE."
	print " */"
	print "#include \"region_data.h\""
	print ""
	print "const nt_region_row nt_region_rows[] = {"
	n = 0
}
NR == 1 { next }
{
	level = ($3 == "province") ? "NT_REGION_PROVINCE" : ($3 == "regency") ? "NT_REGION_REGENCY" : "NT_REGION_CITY"
	printf "\t{\"%s\", \"%s\", %s, \"%s\"},\n", $1, $2, level, $4
	n++
}
END {
	print "};"
	print ""
	printf "const int nt_region_row_count = %d;\n", n
}
