// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "arguments.h"
#include "core/programme.h"

namespace stampdesk::cli {

/// The options of `program set`: the same on stampdesk-cli (a register) and
/// on `stampdesk-server admin program set` (the shop's backend).
QString programmeSynopsis();
QList<OptionSpec> programmeOptions();

/// Applies the options given in args to p (the others keep their value).
/// Returns what is wrong with a malformed option, or an empty string.
QString applyProgrammeOptions(const Arguments &args, Programme &p);

/// The programme as lines of "Name: value", for a terminal.
QString programmeText(const Programme &p);

} // namespace stampdesk::cli
