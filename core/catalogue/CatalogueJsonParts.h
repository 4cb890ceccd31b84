#pragma once
// Inside the catalogue reader: the pieces CatalogueJson.cpp and DeliverablesJson.cpp share.

#include "Catalogue.h"
#include "core/json/JsonReader.h"

namespace chitieu::cataloguejson {

// The entries "<prefix>_vi" and "<prefix>_en" of an object.
LocalText localText(const json::Reader& r, const QJsonObject& o, const QString& place, const char* prefix);

// Plan sections II and IV: consolidating_agency, receiving_body, plan_tasks,
// narrative_sections and deliverables, each role and reference checked.
void readReporting(const json::Reader& r, const QJsonObject& root, Catalogue& c);

} // namespace chitieu::cataloguejson
