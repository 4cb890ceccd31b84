#pragma once
// The payload of an exchange file as canonical JSON (compact UTF-8, keys in a fixed order,
// values sorted by element, units by code) and its strict reading: types, required keys,
// nesting depth and sizes are checked, every text is normalised to NFC, and a problem is
// reported with its place (such as below[3].values[5].value).

#include "ExchangeFormat.h"

#include <QByteArray>

namespace chitieu::exchange {

QByteArray payloadToJson(const Payload& payload);
// Throws Error naming the place and the problem. envelopeVersion is the version in the
// binary header, which the JSON must repeat.
Payload payloadFromJson(const QByteArray& json, int envelopeVersion);

// A time as the file and the exchange tables write it: ISO 8601 with milliseconds and the
// UTC offset (2024-11-10T09:30:00.000+07:00); empty for an invalid time.
QString timeText(const QDateTime& time);

} // namespace chitieu::exchange
