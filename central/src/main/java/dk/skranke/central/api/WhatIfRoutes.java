package dk.skranke.central.api;

import static dk.skranke.central.auth.Role.ADMIN;

import dk.skranke.central.engine.BranchRegistry;
import dk.skranke.central.whatif.ProposalReader;
import dk.skranke.central.whatif.WhatIfJob;
import dk.skranke.central.whatif.WhatIfJobs;
import dk.skranke.core.branch.Branch;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/** What-if runs of opening-hour proposals, as background jobs with progress (admin only). */
final class WhatIfRoutes {
    private final BranchRegistry branches;
    private final Auth auth;
    private final WhatIfJobs jobs;

    WhatIfRoutes(BranchRegistry branches, Auth auth, WhatIfJobs jobs) {
        this.branches = branches;
        this.auth = auth;
        this.jobs = jobs;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.post("/api/v1/branches/{branch}/what-if", this::start);
        cfg.routes.get("/api/v1/what-if/{job}", ctx -> ctx.json(job(ctx).view()));
        cfg.routes.delete("/api/v1/what-if/{job}", this::cancel);
    }

    private void start(Context ctx) {
        String id = BranchRoutes.branchParam(ctx);
        auth.require(ctx, id, ADMIN);
        Branch branch = branches.branch(id).engine().branch();
        var request = new ProposalReader(branch).request(Body.of(ctx).tree());
        WhatIfJob job = jobs.submit(branch, request);
        ctx.header("Location", "/api/v1/what-if/" + job.id());
        ctx.status(202).json(job.view());
    }

    private void cancel(Context ctx) {
        WhatIfJob job = job(ctx);
        jobs.cancel(job);
        ctx.status(202).json(job.view());
    }

    /** 401 before anything is looked up, then 404, then the branch scope of the job. */
    private WhatIfJob job(Context ctx) {
        auth.require(ctx, null, ADMIN);
        String id = ctx.pathParam("job");
        WhatIfJob job = (Paths.isId(id) ? jobs.find(id) : java.util.Optional.<WhatIfJob>empty())
                .orElseThrow(() -> new ApiError(404, "not-found", "what-if job '" + (Paths.isId(id) ? id : "…")
                        + "' was not found (finished jobs are kept for an hour)",
                        java.util.Map.of("what", "what-if")));
        auth.require(ctx, job.branch(), ADMIN);
        return job;
    }
}
