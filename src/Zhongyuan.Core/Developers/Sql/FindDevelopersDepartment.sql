SELECT id FROM departments WHERE credit_code = @CreditCode
