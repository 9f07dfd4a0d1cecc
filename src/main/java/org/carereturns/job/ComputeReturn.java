package org.carereturns.job;

import org.carereturns.returns.StatutoryReturn;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Computes one return's figures, when the extracts it is computed from were read. */
class ComputeReturn implements Tasklet {

    private final StatutoryReturn statutoryReturn;
    private final ReturnInputs inputs;
    private final RunReturns returns;

    ComputeReturn(StatutoryReturn statutoryReturn, ReturnInputs inputs, RunReturns returns) {
        this.statutoryReturn = statutoryReturn;
        this.inputs = inputs;
        this.returns = returns;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        if (statutoryReturn.computedFrom().stream().allMatch(inputs::has)) {
            returns.computed(statutoryReturn, statutoryReturn.compute(inputs));
        }
        return RepeatStatus.FINISHED;
    }
}
