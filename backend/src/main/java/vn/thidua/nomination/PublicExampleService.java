package vn.thidua.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.thidua.attachment.AttachmentService;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageResult;
import vn.thidua.common.ProblemException;
import vn.thidua.common.TextFold;
import vn.thidua.org.OrgUnitService;

/** The public showcase: honoured or replicated nominations whose nominee consented, public fields only. */
@ApplicationScoped
public class PublicExampleService {
    static final String PUBLIC_WHERE = "publicConsent = true and status in :publicStatus";

    @Inject
    OrgUnitService orgUnits;

    @Inject
    AttachmentService attachments;

    @Transactional
    public PageResult<PublicExample> list(Category category, String q, Integer page, Integer size) {
        PageRequest pr = PageRequest.of(page, size, null, Map.of("honorDecisionDate", "honorDecisionDate"),
                "honorDecisionDate,desc");
        StringBuilder where = new StringBuilder(PUBLIC_WHERE);
        Map<String, Object> p = new HashMap<>();
        p.put("publicStatus", Workflow.PUBLIC);
        if (category != null) {
            where.append(" and category = :category");
            p.put("category", category);
        }
        if (!TextFold.isBlank(q)) {
            where.append(" and searchFolded like :q");
            p.put("q", TextFold.containsPattern(q));
        }
        var query = Nomination.<Nomination>find(where.toString(), pr.sort(), p).page(pr.panachePage());
        return new PageResult<>(view(query.list()), pr.page(), pr.size(), query.count());
    }

    @Transactional
    public PublicExample get(long id) {
        return view(List.of(load(id))).get(0);
    }

    /** The first photo's thumbnail of a public example; 404 when it is not public or has none. */
    @Transactional
    public AttachmentService.Content photo(long id) {
        Nomination n = load(id);
        Optional<AttachmentService.Content> c = attachments.firstThumbnailUnchecked(NominationAttachments.TYPE, n.id);
        return c.orElseThrow(ProblemException::notFound);
    }

    private Nomination load(long id) {
        Nomination n = Nomination.findById(id);
        if (n == null || !n.publicConsent || !Workflow.PUBLIC.contains(n.status)) {
            throw ProblemException.notFound();
        }
        return n;
    }

    /** A page of examples with their unit names, replications and photos in one query each. */
    private List<PublicExample> view(List<Nomination> rows) {
        List<Long> ids = rows.stream().map(n -> n.id).toList();
        Map<Long, String> names = orgUnits.namesOf(rows.stream().map(n -> n.orgUnitId).toList());
        Set<Long> withPhoto = attachments.withThumbnail(NominationAttachments.TYPE, ids);
        Map<Long, List<PublicExample.PublicReplication>> reps = new HashMap<>();
        if (!ids.isEmpty()) {
            for (NominationReplication r : NominationReplication.<NominationReplication>list(
                    "nominationId in ?1 order by replicatedOn, id", ids)) {
                reps.computeIfAbsent(r.nominationId, k -> new ArrayList<>())
                        .add(new PublicExample.PublicReplication(r.adoptingUnitName, r.replicatedOn));
            }
        }
        return rows.stream().map(n -> new PublicExample(n.id, n.category, n.nomineeType, n.nomineeName, n.position,
                n.workplace, n.memberCount, n.field, n.title, n.achievements, names.get(n.orgUnitId), n.status,
                new Honor(n.honorDecisionNumber, n.honorDecisionDate, n.honorForm), reps.getOrDefault(n.id, List.of()),
                withPhoto.contains(n.id) ? "/api/v1/public/examples/" + n.id + "/photo" : null)).toList();
    }
}
