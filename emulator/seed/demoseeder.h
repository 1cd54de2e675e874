#pragma once

#include "api/apicontext.h"

#include <QString>

// --demo N: N generated invoices in a batch, the review set-up (fieldConfig asset, predict/feedback docker
// transitions, a manual review transition, the demo workflow) and one workflow execution per invoice, run
// until each waits in the review queue. Seeds once per data dir (a restart with --demo keeps what exists).
class DemoSeeder
{
public:
    explicit DemoSeeder(ApiContext context)
        : m_context(context)
    {}
    bool seed(int documentCount, QString *error);

    static constexpr int ReviewTimeoutSeconds =
        900; // the official demo's TimeoutSeconds for the review state

private:
    ApiContext m_context;
};
