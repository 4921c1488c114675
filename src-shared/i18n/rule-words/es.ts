import type { RuleCode } from '../../contract/rule-codes';

/**
 * Las frases de las reglas del núcleo en español (términos de docs/glossary-es.md). Mismos códigos
 * y mismos `{{valores}}` que en inglés; fechas, turnos y estados llegan ya escritos para el lector.
 */
export const RULE_WORDS_ES: Record<RuleCode, string> = {
  'order.heldSince': '{{order}} está retenida desde el {{since}}',
  'order.closed': '{{order}} está {{status}}',
  'order.closedSince': '{{order}} está {{status}} desde el {{since}}',
  'booking.operatorRefused':
    '{{reason}}: un operador no puede registrar producción en ella (pida a un líder)',
  'booking.confirm': '{{reason}}: confirme para registrar producción en ella',
  'booking.saveAnyway': '{{reason}}. ¿Guardar de todos modos?',
  'booking.askLeader': '{{reason}}: un operador no puede registrar producción en ella. Pida a un líder.',
  'shiftDay.offDay': '{{shift}} no se trabaja el {{date}}',
  'shiftDay.operatorRefused': '{{reason}}: un operador no puede registrar en ese turno (pida a un líder)',
  'shiftDay.confirm': '{{reason}}: confirme para registrar en ese turno',
  'shiftDay.saveAnyway': '{{reason}}. ¿Guardar de todos modos?',
  'shiftDay.askLeader': '{{reason}}: un operador no puede registrar en ese turno. Pida a un líder.',
  'coverage.notMarkedAbsent':
    '{{employee}} no está marcado como ausente para {{client}} el {{date}}, {{shift}}: registre primero la ausencia en Asistencia',
  'coverage.floatingAbsent': '{{employee}} está marcado como ausente el {{date}}, {{shift}}',
  'coverage.floatingBusy': '{{employee}} ya cubre otra ausencia el {{date}}, {{shift}}',
  'coverage.coversSomeone':
    '{{employee}} cubre una ausencia el {{date}}, {{shift}}: quite primero esa cobertura',
  'coverage.onlyAbsenceCovered': 'solo se puede cubrir una ausencia: marque primero al empleado como ausente',
  'coverage.coverageOverShift':
    'una cobertura de {{hours}} h supera las {{scheduled}} h del {{shift}} del {{date}} en el calendario de turnos',
  'coverage.absenceOverShift':
    'una ausencia de {{hours}} h supera las {{scheduled}} h del {{shift}} del {{date}} en el calendario de turnos',
  'warning.PERFORMANCE_OVER_150':
    '{{units}} unidades en {{hours}} horas de operación a {{cycle}} h por unidad dan un rendimiento de {{performance}} % (más de {{limit}} %): revise las unidades, el tiempo en operación y el tiempo de ciclo de la orden',
  'warning.UNITS_OVER_PLAN':
    '{{units}} unidades es mucho más que el plan de la orden: faltan {{remaining}} de {{planned}} planeadas',
  'warning.DEFECT_LINES_OVER_TOTAL':
    'hay {{lines}} líneas de defecto registradas pero el total de defectos de la inspección es {{total}}: el DPMO cuenta el total y el Pareto las líneas; corrija uno de los dos',
  'warning.DEFECT_LINES_WITH_THIS_OVER_TOTAL':
    'con esta hay {{lines}} líneas de defecto pero el total de defectos de la inspección es {{total}}: el DPMO cuenta el total y el Pareto las líneas; corrija uno de los dos',
  'warning.checkRow':
    'Revise este registro: {{reason}}. Guárdelo de todos modos solo si las cifras son correctas.',
  'warning.importAnyway': '{{reason}} (revíselo; impórtelo aceptando advertencias si es correcto)',
  'ref.workOrderNotOfClient': '{{value}} no es una orden de trabajo del cliente {{client}}',
  'ref.jobNotOfClient': '{{value}} no es un trabajo del cliente {{client}}',
  'ref.inspectionNotOfClient': '{{value}} no es una inspección del cliente {{client}}',
  'ref.downtimeReasonNotOfClient': '{{value}} no es un motivo de paro del cliente {{client}}',
  'ref.holdReasonNotOfClient': '{{value}} no es un motivo de retención del cliente {{client}}',
  'ref.absenceTypeNotOfClient': '{{value}} no es un tipo de ausencia del cliente {{client}}',
  'ref.defectTypeNotOfClient': '{{value}} no es un tipo de defecto del cliente {{client}}',
  'ref.jobNotOfOrder': 'el trabajo {{value}} no pertenece a la orden de trabajo {{order}}',
  'ref.unknownClient': '{{value}} no es un cliente conocido',
  'ref.unknownEmployee': '{{value}} no es un empleado conocido',
  'ref.employeeNotAssigned': 'el empleado {{value}} no está asignado al cliente {{client}}',
  'ref.notFloating': 'el empleado {{value}} no es del personal flotante',
  'ref.unknownUser': '{{value}} no es un usuario conocido (ID o nombre de usuario)',
  'entry.operatorOwnOnly': 'un operador solo puede ponerse a sí mismo aquí',
  'entry.verifiedOperatorChange':
    'Un líder ya verificó este registro, así que un operador no puede cambiarlo. Pida a un líder: su corrección quita la verificación.',
  'entry.verifiedOperatorDelete':
    'Un líder ya verificó este registro, así que un operador no puede borrarlo. Pida a un líder: su corrección quita la verificación.',
  'store.required': 'es obligatorio',
  'store.alreadyUsed': '{{value}} ya está en uso',
  'store.notAField': 'no es un campo',
  'duplicate.inFloorKpi': 'ya está en FloorKPI como {{id}} ({{same}})',
  'duplicate.inFile': 'repite el registro {{sameAsRow}} de este archivo ({{same}})',
  'duplicate.notUpdatable': '{{reason}}; una importación no actualiza estos registros',
  'duplicate.otherId': '{{reason}}, pero el ID de este registro es otro: póngale ese ID o déjelo en blanco',
  'duplicate.sameId': 'mismo ID',
  'duplicate.sameKey': 'mismos valores de {{columns}}',
  'duplicate.sameCells': 'las mismas celdas',
  'row.cycleTimePositive': 'el tiempo de ciclo ideal debe ser mayor que 0 horas',
  'row.resumeBeforeHold': 'la fecha de reanudación no puede ser anterior a la fecha de retención',
  'row.resumeTimeBeforeHoldTime':
    'la hora de reanudación no puede ser anterior a la hora de retención si la retención termina el mismo día',
  'row.absenceOverScheduled': 'las horas de ausencia no pueden superar las horas programadas',
  'row.ownAbsenceCovered': 'un empleado no puede cubrir su propia ausencia',
  'row.floatingIsAbsent': 'el empleado flotante debe ser otra persona que el ausente',
  'row.defectiveOverProduced': 'las unidades defectuosas no pueden superar las unidades producidas',
  'row.presentOverAssigned': 'los empleados presentes no pueden superar los empleados asignados',
  'row.partOverInspected': 'no puede superar las unidades inspeccionadas',
  'row.passedPlusDefectiveOverInspected':
    'las unidades aprobadas más las defectuosas no pueden superar las unidades inspeccionadas',
  'row.defectsUnderDefective':
    'el total de defectos debe ser al menos el de unidades defectuosas (cada unidad defectuosa tiene un defecto)',
  'row.wipCriticalUnderAging': 'los días críticos de WIP deben ser al menos los días de antigüedad del WIP',
  'row.defaultCycleTimePositive': 'el tiempo de ciclo predeterminado debe ser mayor que 0 horas',
  'row.shiftEndsAtStart': 'el turno debe terminar a una hora distinta de la de inicio',
  'row.breakOverShift': 'el descanso debe ser más corto que el turno ({{minutes}} minutos)',
  'row.availableFloatingHasClient':
    'un empleado flotante DISPONIBLE no tiene cliente: deje el cliente en blanco o ponga el estado ASIGNADO',
  'issue.required': 'es obligatorio',
  'issue.tooSmallNumber': 'debe ser al menos {{minimum}}',
  'issue.tooBigNumber': 'debe ser como máximo {{maximum}}',
  'issue.tooShort': 'debe tener al menos {{minimum}} caracteres',
  'issue.tooLong': 'debe tener como máximo {{maximum}} caracteres',
  'issue.notWhole': 'debe ser un número entero',
  'issue.notNumber': 'debe ser un número',
  'issue.notText': 'debe ser texto',
  'issue.notOneOf': 'debe ser uno de: {{values}}',
  'issue.notOneOfEnum': 'debe ser uno de estos: {{choices}}',
  'issue.format.key': 'solo puede llevar letras, dígitos, - _ . : / y ningún espacio',
  'issue.format.username': 'solo puede llevar letras, dígitos, . _ - y ningún espacio',
  'issue.format.clientId': 'debe tener de 3 a 20 letras, dígitos, - o _, sin espacios',
  'issue.format.listCode': 'solo puede llevar mayúsculas, dígitos y _, como MATERIAL_SHORTAGE',
  'issue.format.email': 'debe ser un correo electrónico como ana@plant.example',
  'cell.number.invalid': 'debe ser un número escrito como {{accepted}}',
  'cell.number.ambiguous': 'se puede leer de dos maneras: escríbalo como {{accepted}}',
  'cell.date.invalid': 'debe ser una fecha escrita como {{accepted}}',
  'cell.date.notReal': 'no es una fecha real: escríbala como {{accepted}}',

  'file.empty': 'el archivo está vacío: su primera fila debe nombrar las columnas',
  'header.blank': 'la primera fila debe nombrar las columnas',
  'header.separator':
    'las columnas parecen separadas por "{{separator}}": sepárelas con comas, punto y coma o tabuladores (guarde como CSV desde Excel)',
  'header.duplicate': 'aparece más de una vez en el encabezado',
  'header.unknown': 'no es una columna de {{table}} (columnas: {{columns}})',
  'header.missing': 'es obligatoria y falta en el encabezado',
  'cell.noHeader': 'tiene un valor pero su columna no tiene encabezado',
  'row.extraCells': 'tiene {{cells}} celdas pero el encabezado nombra {{columns}} columnas',
  'row.unclosedQuote':
    'tiene unas comillas (") que nunca se cierran: el resto del archivo se lee como una sola celda',
  'row.badQuote': 'tiene una celda entre comillas con texto después de las comillas de cierre (")',
  'row.unreadable': 'no se puede leer como una fila de celdas',
  'row.notYourClient': '{{client}} no es uno de sus clientes',
  'sync.connected': 'Conectado; la primera sincronización no terminó: {{why}}',
  'sync.hubError': 'El servidor de planta respondió con un error: {{detail}}',
  'sync.join.wrongPassword': 'Usuario o contraseña incorrectos en el servidor de planta.',
  'sync.join.locked':
    'Demasiadas contraseñas incorrectas: el usuario está bloqueado en el servidor por unos minutos.',
  'sync.join.mayNotEnrol':
    'Este usuario no puede conectar un equipo al servidor: pídalo a un líder o a un administrador.',
  'sync.join.inactive': 'Este usuario no está activo en el servidor.',
  'sync.unreachable': 'El servidor de planta no respondió: revise su dirección y la red.',
  'sync.unknownPc': 'El servidor no reconoce la inscripción de este equipo: vuelva a inscribirlo.',
  'sync.revoked': 'Un administrador quitó este equipo del servidor: vuelva a inscribirlo para sincronizar.',
  'sync.forgotten':
    'El servidor ya no reconoce este equipo (se reinició o se restauró): vuelva a inscribirlo; no se pierde nada.',
  'sync.protocol':
    'Este equipo y el servidor tienen versiones de FloorKPI que no pueden sincronizarse: actualice la más antigua.',
  'sync.tooOld':
    'El FloorKPI de este equipo es demasiado antiguo para el servidor: actualícelo; sus cambios sin enviar se conservan.',
  'sync.tooNew': 'Este equipo tiene un FloorKPI más nuevo que el servidor: actualice primero el servidor.',
  'sync.usernameClash':
    'Un usuario de este equipo tiene el mismo nombre que otro del servidor: resuélvalo en Conflictos; la sincronización espera hasta entonces.',
  'sync.notEnrolled': 'Este equipo no está conectado a un servidor de planta.',
  'sync.hubInternal': 'El servidor de planta tuvo un error interno: intente más tarde; no se perdió nada.',
  'sync.refused.forbidden':
    'El servidor lo rechazó: este equipo o su usuario no tienen permiso ({{detail}}).',
  'sync.refused.invalid': 'El servidor lo rechazó: un valor no es válido ({{detail}}).',
  'sync.refused.reference':
    'El servidor lo rechazó: falta en el servidor un registro al que se refiere ({{detail}}).',
  'sync.refused.notFound': 'El servidor no tiene este registro; quizá se rechazó su creación ({{detail}}).',
  'sync.refused.unknownUser': 'El servidor no conoce al usuario que lo registró ({{detail}}).',
};
