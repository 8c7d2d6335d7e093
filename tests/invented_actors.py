"""Invented countries and their armed forces, shared by the merge tests that build records by hand."""

from dateline.records import Actor

NORLAND = Actor("NRL", "Norland", "NRL", None, None, "country")
ISTAN = Actor("IST", "Istan", "IST", None, None, "country")
BORDA = Actor("BRD", "Borda", "BRD", None, None, "country")
VELIA = Actor("VEL", "Velia", "VEL", None, None, "country")
NORLAND_TROOPS = Actor("NRL:MIL", "Norland (MIL)", "NRL", "MIL", None, "group")
ISTAN_TROOPS = Actor("IST:MIL", "Istan (MIL)", "IST", "MIL", None, "group")
