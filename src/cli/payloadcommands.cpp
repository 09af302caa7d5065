// SPDX-License-Identifier: Apache-2.0
// The payload commands of stampdesk-cli: keys, signing and verifying card
// and voucher codes (issue 4; not written yet).
#include "cli.h"

namespace stampdesk::cli {

QList<Command> payloadCommands()
{
    return {};
}

} // namespace stampdesk::cli
