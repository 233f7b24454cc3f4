/*
 * A deadline keeps what its date is counted from as facts, not the English sentence: the sentences
 * every earlier version wrote are read back here. One that cannot be read back is kept as it was
 * written, marked as text, so nothing shown before is lost.
 */
UPDATE `milestones` SET `basis` = CASE
  -- Already facts: left as they are.
  WHEN json_valid(`basis`) AND json_type(`basis`) = 'object' THEN `basis`
  WHEN `basis` = 'agreed with the creator, without a contract' THEN json_object('from', 'own')
  WHEN `basis` = 'the publish-by date agreed on the collaboration' THEN json_object('from', 'publish_by')
  WHEN `basis` LIKE 'on %' AND COALESCE(`original_due_date`, `due_date`) IS NOT NULL
    THEN json_object('from', 'fixed', 'onDate', COALESCE(`original_due_date`, `due_date`))
  WHEN (`basis` GLOB '[0-9]* calendar day after *' OR `basis` GLOB '[0-9]* calendar days after *'
        OR `basis` GLOB '[0-9]* working day after *' OR `basis` GLOB '[0-9]* working days after *')
    AND substr(`basis`, 1, instr(`basis`, ' ') - 1) NOT GLOB '*[^0-9]*'
    AND substr(`basis`, instr(`basis`, ' after ') + 7) IN ('the product is received', 'signing', 'the draft is delivered', 'publication')
    THEN json_object(
      'from', CASE substr(`basis`, instr(`basis`, ' after ') + 7)
        WHEN 'the product is received' THEN 'product_received'
        WHEN 'signing' THEN 'signed'
        WHEN 'the draft is delivered' THEN 'draft_delivered'
        ELSE 'publication' END,
      'days', CAST(substr(`basis`, 1, instr(`basis`, ' ') - 1) AS INTEGER),
      'dayCount', CASE WHEN `basis` GLOB '[0-9]* working *' THEN 'working' ELSE 'calendar' END)
  ELSE json_object('from', 'text', 'text', `basis`)
END;
