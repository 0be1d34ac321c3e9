#include "kinds.h"

#include "dpia/dpiarecords.h"
#include "output.h"
#include "register/assets.h"
#include "retention/retentionclasses.h"
#include "ropa/activities.h"
#include "sharing/agreements.h"
#include "workspace/directory.h"

namespace igw::cli {

QList<CliKind> cliKinds()
{
    return {
        {&kinds::person(), tr("people in the directory")},
        {&kinds::organisation(), tr("partner organisations and your own")},
        {&kinds::asset(), tr("information assets in the register")},
        {&kinds::flow(), tr("information flows between assets and partners")},
        {&kinds::activity(), tr("processing activities in the record of processing (Art. 30)")},
        {&kinds::screening(), tr("DPIA screenings: is a DPIA needed? (Art. 35)")},
        {&kinds::dpia(), tr("data protection impact assessments (Art. 35)")},
        {&kinds::agreement(), tr("information sharing agreements with partners (ICO Data "
                                 "Sharing Code)")},
        {&kinds::retentionClass(), tr("classes of the retention schedule, by function and "
                                      "activity")},
    };
}

const RecordKind *findKind(const QString &word)
{
    for (const CliKind &k : cliKinds()) {
        if (k.kind->listName == word)
            return k.kind;
    }
    return nullptr;
}

QStringList kindWords()
{
    QStringList words;
    for (const CliKind &k : cliKinds())
        words << k.kind->listName;
    return words;
}

} // namespace igw::cli
