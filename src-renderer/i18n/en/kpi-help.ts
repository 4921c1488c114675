/**
 * Each KPI explained for a plant user (KPIS.md): what it says, the formula in words, the inputs it
 * reads, and the target. `rules` are the estimating rules, shared: the same rule reads the same
 * wherever it applies (src-renderer/screens/help/kpi-help.ts says which KPI uses which).
 */
export const kpiHelp = {
  kpiHelp: {
    rules: {
      cycleTime:
        'Ideal cycle time (hours per unit) when the work order has none: the average of the same client’s orders of the same style that have one (confidence 70 %), else the client’s default cycle time, {{defaultCycle}} h unless changed in Admin → Targets (confidence 40 %).',
      headcount:
        'Employees on the line when “employees assigned” is blank or 0: employees present (80 %), else the rounded average of employees assigned on the same client and shift over the 30 days before (50 %), else 1 (30 %).',
      shiftHours:
        'Scheduled shift hours when the row has none: the client’s shift calendar for that shift, start to end less breaks (90 %), else 8 hours (30 %).',
      runTime:
        'Run time when the row has none: the scheduled hours less the row’s “downtime minutes” (80 %), else less the downtime entries of the same order, date and shift (70 %).',
      promised:
        'Promised date when the order has no planned ship date: its required date (80 %), else its start plus the planned quantity × cycle time spread over 1st-shift days (50 %); an order with no date at all is left out and counted as “skipped”.',
      opportunities:
        'Opportunities per unit when the part has none under Admin → Part opportunities: the client’s default, 1 unless changed (50 %).',
      nothing: 'Nothing: only recorded numbers count. A period with no rows shows “No data”, never 0.',
      startDate:
        'Start date when the order has no actual start: its first production date, else its planned start.',
      absenceHours:
        'Absence hours of an absent row with none recorded: scheduled − actual hours, else the scheduled hours (part of the definition, not a guess).',
    },
    efficiency: {
      what: 'How much of the paid crew time went into good standard work.',
      formula:
        'The standard hours earned (units produced × ideal cycle time, summed over the rows) divided by the hours the crew was scheduled (employees × scheduled shift hours, summed), × 100.',
      inputs: {
        a: 'Production: units produced, employees assigned or present, shift hours scheduled',
        b: 'Work orders: ideal cycle time',
        c: 'Admin → Targets: shift calendar, default cycle time',
      },
      target: '85 % or more (Admin → Targets). Above 100 % usually means a wrong cycle time or headcount.',
    },
    performance: {
      what: 'How fast the line ran while it was running, against the ideal cycle time.',
      formula:
        'The standard hours earned (units produced × ideal cycle time, summed) divided by the run time hours (summed), × 100.',
      inputs: {
        a: 'Production: units produced, run time hours, downtime minutes',
        b: 'Downtime entries',
        c: 'Work orders: ideal cycle time',
      },
      target: '95 % or more. Above 100 % means check the cycle time or the run time.',
    },
    availability: {
      what: 'The share of planned time the line was not stopped.',
      formula:
        '(1 − downtime hours ÷ planned hours) × 100, never below 0. Planned hours are the scheduled shift hours of the production rows; downtime hours are the downtime entries’ minutes ÷ 60 in the same clients, dates and shifts.',
      inputs: {
        a: 'Production: shift hours scheduled (one row per station and shift)',
        b: 'Downtime: minutes',
      },
      target:
        '90 % or more. Downtime with no production in the period shows “No data” and asks to check the entries.',
    },
    quality_rate: {
      what: 'The share of produced units that were good.',
      formula: '(units produced − units defective) ÷ units produced, summed over the production rows, × 100.',
      inputs: { a: 'Production: units produced, units defective' },
      target: 'Shown with OEE; no target of its own.',
    },
    oee: {
      what: 'Overall equipment effectiveness: availability, speed and quality in one number.',
      formula:
        'Availability × Performance (at most 100 %) × Quality rate (at most 100 %) ÷ {{tenThousand}}. Empty when any of the three has no data.',
      inputs: { a: 'Everything Availability, Performance and Quality rate read' },
      target: '85 % or more.',
    },
    ppm: {
      what: 'Defective parts per million inspected.',
      formula: 'Units defective ÷ units inspected, summed over the inspections, × {{million}}.',
      inputs: { a: 'Quality: units inspected, units defective' },
      target: '{{tenThousand}} or fewer (lower is better).',
    },
    dpmo: {
      what: 'Defects per million chances to make one; also given as a sigma level.',
      formula:
        'Total defects ÷ (units inspected × opportunities per unit), summed over the inspections, × {{million}}. Sigma = the normal quantile of (1 − DPMO ÷ {{million}}) + {{sigmaShift}}, at most 6.',
      inputs: {
        a: 'Quality: units inspected, total defects, the job’s part number',
        b: 'Admin → Part opportunities',
      },
      target: 'Lower is better; the client’s PPM target is the guide.',
    },
    fpy: {
      what: 'First pass yield: the share of inspected units that passed the first time.',
      formula: 'Units passed ÷ units inspected, summed over the inspections, × 100.',
      inputs: { a: 'Quality: units inspected, units passed' },
      target: '95 % or more.',
    },
    rty: {
      what: 'Rolled throughput yield: the chance a unit passes every operation first time.',
      formula:
        'The first pass yields of each operation checked, multiplied together (one operation: the same as FPY).',
      inputs: { a: 'Quality: operation checked, units inspected, units passed' },
      target: 'Follows the FPY target: higher is better.',
    },
    otd: {
      what: 'On-time delivery: the share of orders due in the period that were delivered by their promised date.',
      formula:
        'Orders delivered on or before the promised date ÷ orders measured, × 100. Measured: promised in the period and either delivered, or not delivered and already past due.',
      inputs: {
        a: 'Work orders: planned ship date, required date, actual delivery date, start dates, planned quantity',
      },
      target: '95 % or more.',
    },
    true_otd: {
      what: 'On-time delivery counting only orders that are completed.',
      formula: 'The same as On-time delivery, over the measured orders whose status is Completed.',
      inputs: { a: 'Work orders: as On-time delivery, and the status' },
      target: '95 % or more.',
    },
    wip_aging: {
      what: 'How long open orders have been in work, not counting days on an approved hold.',
      formula:
        'For each open order (active or on hold) started by today: the calendar days from its start through today that no approved hold covers; the card shows the average, with buckets 0–7, 8–14, 15–30 and over 30 days.',
      inputs: {
        a: 'Work orders: status, actual or planned start date',
        b: 'Production: the first shift date',
        c: 'Holds: approved hold and resume dates',
      },
      target:
        'Orders older than 7 days are flagged, older than 14 critical (Admin → Targets). Always as of today, whatever the period.',
    },
    hold_aging: {
      what: 'How long the holds still open have been open.',
      formula:
        'For each approved hold not yet resumed: today − hold date in days; the card shows the average; 30 days or more is chronic.',
      inputs: { a: 'Holds: status, hold date, resume date' },
      target: 'Lower is better. Always as of today, whatever the period.',
    },
    absenteeism: {
      what: 'The share of scheduled hours lost to absences nobody covered.',
      formula:
        '(absence hours − hours covered by a floating employee) ÷ scheduled hours, summed over the attendance records, × 100. The breakdown also gives the rate before coverage.',
      inputs: {
        a: 'Attendance: scheduled hours, absent, absence hours, actual hours',
        b: 'Coverage: the floating employee’s hours for the absence',
      },
      target: '3 % or less.',
    },
  },
};
